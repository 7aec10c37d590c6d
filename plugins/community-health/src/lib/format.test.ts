import {
  formatChange,
  formatDate,
  formatMetricValue,
  formatNumber,
  formatScore,
  formatThreshold,
} from './format';

describe('format', () => {
  it('writes scores, counts and changes the way the pages show them', () => {
    expect(formatScore(72)).toBe('72 / 100');
    expect(formatScore(58.3)).toBe('58.3 / 100');
    expect(formatNumber(3400)).toBe('3,400');
    // 77.8 - 58.3 = 19.5 (rounded to one decimal against float noise)
    expect(formatChange(58.3, 77.8)).toBe('+19.5');
    expect(formatChange(70, 64)).toBe('−6');
    expect(formatChange(50, 50)).toBe('±0');
    expect(formatDate('2026-11-30T23:30:00.000Z')).toBe('30 Nov 2026');
  });

  it('writes metric values and thresholds in their units', () => {
    expect(formatMetricValue(1, 'boolean')).toBe('Yes');
    expect(formatMetricValue(0, 'boolean')).toBe('No');
    // 0.925 is 92.5%
    expect(formatMetricValue(0.925, 'share')).toBe('92.5%');
    expect(formatMetricValue(12.5, 'hours')).toBe('12.5 h');
    expect(formatMetricValue(0.6, 'per-month')).toBe('0.6 per month');
    expect(formatMetricValue(3, 'count')).toBe('3');
    expect(formatMetricValue(null, 'count')).toBe('No data');

    expect(formatThreshold('==', 1, 'boolean')).toBe('Yes');
    expect(formatThreshold('>=', 0.9, 'share')).toBe('≥ 90%');
    expect(formatThreshold('<=', 24, 'hours')).toBe('≤ 24 h');
    expect(formatThreshold('>', 0, 'per-month')).toBe('> 0 per month');
    expect(formatThreshold('<', 5)).toBe('< 5');
  });
});
