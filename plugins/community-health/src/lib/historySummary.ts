import type { HistoryPoint } from '@community-hub/plugin-community-health-common';
import { formatDate, formatNumber } from './format';

/**
 * The history in one sentence, for people who cannot see the chart:
 * "From 64 on 1 Sep 2026 to 72 on 30 Nov 2026, lowest 60, highest 75."
 */
export function historySummary(points: HistoryPoint[]): string {
  if (points.length === 0) return 'No history yet.';
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length === 1) {
    return `${formatNumber(last.score)} on ${formatDate(last.date)}.`;
  }
  const scores = points.map(point => point.score);
  return (
    `From ${formatNumber(first.score)} on ${formatDate(first.date)} ` +
    `to ${formatNumber(last.score)} on ${formatDate(last.date)}, ` +
    `lowest ${formatNumber(Math.min(...scores))}, ` +
    `highest ${formatNumber(Math.max(...scores))}.`
  );
}
