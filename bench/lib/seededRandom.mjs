export function createSeededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = items => items[Math.floor(next() * items.length)];
  const sample = (items, count) => {
    const chosen = new Set();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) {
      chosen.add(pick(items));
    }
    return [...chosen];
  };
  return { next, int, pick, sample };
}
