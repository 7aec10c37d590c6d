/** The fixed seed of the demo histories: the same `now` always gives the same repositories. */
export const DEMO_SEED = 20_240_615;

/**
 * A deterministic pseudo-random number generator returning numbers in [0, 1):
 * a counter stepped by the golden-ratio constant, scrambled by the MurmurHash3
 * finalizer. Not for anything secret.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    z = (z ^ (z >>> 16)) >>> 0;
    return z / 0x100000000;
  };
}

/** A 32-bit hash (FNV-1a) of a text, to derive one seed per package from the fixed seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
