import { percentile, summarize } from './percentile';

describe('percentile', () => {
  it('has nothing to say about no values', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(summarize([])).toEqual({ median: null, p90: null, count: 0 });
  });

  it('returns the only value for every percentile', () => {
    expect(percentile([7], 0)).toBe(7);
    expect(percentile([7], 0.5)).toBe(7);
    expect(percentile([7], 0.9)).toBe(7);
  });

  it('interpolates linearly between the closest ranks', () => {
    // n = 4: the median sits at h = 3 * 0.5 = 1.5, halfway between 2 and 3.
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // p90 at h = 3 * 0.9 = 2.7: 3 + 0.7 * (4 - 3) = 3.7.
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 10);
    // n = 5: the median is the middle value; p90 at h = 3.6: 4 + 0.6 * (100 - 4) = 61.6.
    expect(percentile([1, 2, 3, 4, 100], 0.5)).toBe(3);
    expect(percentile([1, 2, 3, 4, 100], 0.9)).toBeCloseTo(61.6, 10);
    // n = 10: p90 at h = 8.1: 9 + 0.1 * (10 - 9) = 9.1.
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBeCloseTo(
      9.1,
      10,
    );
  });

  it('gives the smallest and largest value at 0 and 1', () => {
    expect(percentile([2, 4, 8], 0)).toBe(2);
    expect(percentile([2, 4, 8], 1)).toBe(8);
  });

  it('refuses a percentile outside 0..1', () => {
    expect(() => percentile([1], 90)).toThrow('from 0 to 1, got 90');
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError);
  });

  it('sorts before summarizing', () => {
    expect(summarize([4, 1, 3, 2])).toEqual({
      median: 2.5,
      p90: expect.closeTo(3.7, 10),
      count: 4,
    });
  });
});
