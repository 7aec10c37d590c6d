/**
 * The `p` quantile (0 to 1) of values sorted in ascending order, by linear
 * interpolation between the closest ranks: the value at the zero-based
 * position `h = (n - 1) * p`, interpolated between the values at
 * `floor(h)` and `ceil(h)`. This is the common "inclusive" method (Hyndman
 * and Fan's type 7, the default of R, NumPy and spreadsheet PERCENTILE):
 * its median is the usual one, the mean of the two middle values when `n`
 * is even. `null` for no values.
 */
export function percentile(
  sorted: readonly number[],
  p: number,
): number | null {
  if (sorted.length === 0) return null;
  if (!(p >= 0 && p <= 1)) {
    throw new RangeError(`A percentile must be from 0 to 1, got ${p}`);
  }
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const above = Math.ceil(h);
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** Median, 90th percentile and count of unsorted values. */
export function summarize(values: readonly number[]): {
  median: number | null;
  p90: number | null;
  count: number;
} {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 0.5),
    p90: percentile(sorted, 0.9),
    count: sorted.length,
  };
}
