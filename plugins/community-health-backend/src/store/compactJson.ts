import type {
  CheckResult,
  CheckStatus,
  MetricValue,
} from '@community-hub/plugin-community-health-common';

type CheckTuple = [string, CheckStatus, number | null];
type MetricTuple =
  | [string, string, number | null]
  | [string, string, number | null, string];

/** Check results as `[[checkId, status, value]]`, without repeating key names on every row. */
export function encodeChecks(checks: CheckResult[]): string {
  return JSON.stringify(
    checks.map((c): CheckTuple => [c.checkId, c.status, c.value]),
  );
}

export function decodeChecks(text: string): CheckResult[] {
  return (JSON.parse(text) as CheckTuple[]).map(([checkId, status, value]) => ({
    checkId,
    status,
    value,
  }));
}

/** Metric values as `[[metricId, version, value, note?]]`. */
export function encodeMetrics(metrics: MetricValue[]): string {
  return JSON.stringify(
    metrics.map(
      (m): MetricTuple =>
        m.note === undefined
          ? [m.metricId, m.version, m.value]
          : [m.metricId, m.version, m.value, m.note],
    ),
  );
}

export function decodeMetrics(text: string): MetricValue[] {
  return (JSON.parse(text) as MetricTuple[]).map(
    ([metricId, version, value, note]) =>
      note === undefined
        ? { metricId, version, value }
        : { metricId, version, value, note },
  );
}
