export function latencyPercentiles(latenciesMs, percentiles = [50, 95, 99]) {
  const sorted = Float64Array.from(latenciesMs).sort();
  const out = {};
  for (const p of percentiles) {
    const key = `p${String(p).replace('.', '_')}`;
    if (sorted.length === 0) {
      out[key] = null;
      continue;
    }
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    out[key] = Number(sorted[rank - 1].toFixed(2));
  }
  return out;
}
