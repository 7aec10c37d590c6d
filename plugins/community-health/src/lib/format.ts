import type {
  CheckOperator,
  MetricDefinition,
} from '@community-hub/plugin-community-health-common';
import { DateTime } from 'luxon';

const numbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });

/** A whole or one-decimal number with thousands separators: "3,400", "72.5". */
export function formatNumber(value: number): string {
  return numbers.format(value);
}

/** A 0-100 score as people read it: "72 / 100". */
export function formatScore(score: number): string {
  return `${formatNumber(score)} / 100`;
}

/** A score change with its sign: "+6.5", "−3", "±0". */
export function formatChange(from: number, to: number): string {
  const change = Math.round((to - from) * 10) / 10;
  if (change === 0) return '±0';
  return change > 0 ? `+${formatNumber(change)}` : `−${formatNumber(-change)}`;
}

/** A date or instant as a UTC day: "30 Nov 2026". */
export function formatDate(iso: string): string {
  return DateTime.fromISO(iso.slice(0, 10), { zone: 'UTC' })
    .setLocale('en-US')
    .toFormat('d LLL yyyy');
}

/** An instant in the reader's zone: "30 Nov 2026, 14:05". */
export function formatInstant(iso: string): string {
  return DateTime.fromISO(iso).setLocale('en-US').toFormat('d LLL yyyy, HH:mm');
}

type Unit = MetricDefinition['unit'];

/** A metric value in its unit: "Yes", "92%", "12.5 h", "0.6 per month", "3"; "No data" for null. */
export function formatMetricValue(value: number | null, unit?: Unit): string {
  if (value === null) return 'No data';
  switch (unit) {
    case 'boolean':
      return value >= 1 ? 'Yes' : 'No';
    case 'share':
      return `${formatNumber(value * 100)}%`;
    case 'hours':
      return `${formatNumber(value)} h`;
    case 'per-month':
      return `${formatNumber(value)} per month`;
    default:
      return formatNumber(value);
  }
}

const OPERATORS: Record<CheckOperator, string> = {
  '>=': '≥',
  '>': '>',
  '<=': '≤',
  '<': '<',
  '==': '=',
};

/** What a check asks for: "≥ 2", "≤ 24 h", "≥ 90%", or "Yes" for a yes/no metric. */
export function formatThreshold(
  operator: CheckOperator,
  threshold: number,
  unit?: Unit,
): string {
  if (unit === 'boolean' && operator === '==') {
    return formatMetricValue(threshold, unit);
  }
  return `${OPERATORS[operator]} ${formatMetricValue(threshold, unit)}`;
}
