import {
  DurationStat,
  MetricsScope,
  SupportMetrics,
  supportMetricDefinitions,
} from '@community-hub/plugin-support-common';
import { MetricQuestionRow } from '../store/SupportStore';
import { DailyCounter } from './dailyCounts';
import { summarize } from './percentile';

const HOUR_MS = 3_600_000;

/** When the question last left `open`; nothing while it is open. */
function leftOpenAt(row: MetricQuestionRow): number | undefined {
  return row.status !== 'open' && row.resolvedAt
    ? row.resolvedAt.getTime()
    : undefined;
}

function durationStat(hours: number[]): DurationStat {
  const { median, p90, count } = summarize(hours);
  return { medianHours: median, p90Hours: p90, count };
}

/**
 * Support metrics of one window `[from, to)`, exactly as
 * `supportMetricDefinitions` words them; `definitions` names the version
 * of each. `rows` are the questions of the scope (the store filters them;
 * see `SupportStore.metricRows`), and `scope` is only echoed back.
 *
 * The open backlog at the end of the window is `backlog` when given (the
 * store counts it, see `SupportStore.metricBacklog`, so that `rows` need
 * not hold the questions that only add to it); without it, it is counted
 * from `rows`, which must then hold every question of the scope that was
 * open at the end of the window.
 *
 * Due times that fall in the window count as passed, so `to` should not be
 * later than the present. One pass over the rows, plus sorting the
 * durations: a few milliseconds for thousands of questions.
 */
export function computeSupportMetrics(
  rows: MetricQuestionRow[],
  window: { from: Date; to: Date },
  scope: MetricsScope,
  backlog?: number,
): SupportMetrics {
  const from = window.from.getTime();
  const to = window.to.getTime();
  const inWindow = (ms: number | undefined): ms is number =>
    ms !== undefined && ms >= from && ms < to;

  const firstResponseHours: number[] = [];
  const resolutionHours: number[] = [];
  let firstResponsesDue = 0;
  let firstResponsesInTime = 0;
  let breaches = 0;
  let openAtEnd = 0;
  let opened = 0;
  let closed = 0;
  const daily = new DailyCounter(window.from, window.to);

  for (const row of rows) {
    const created = row.createdAt.getTime();
    const responded = row.firstResponseAt?.getTime();
    const left = leftOpenAt(row);

    if (created >= to) continue;

    if (inWindow(created)) {
      opened += 1;
      daily.countOpened(created);
      // Time to first response: a response that came after the window ends does not count.
      if (responded !== undefined && responded < to) {
        firstResponseHours.push((responded - created) / HOUR_MS);
      }
    }

    if (inWindow(left)) {
      closed += 1;
      daily.countClosed(left);
      resolutionHours.push((left - created) / HOUR_MS);
    }

    // Open backlog at the end of the window.
    if (left === undefined || left >= to) {
      openAtEnd += 1;
    }

    const firstResponseDue = row.firstResponseDueAt.getTime();
    if (inWindow(firstResponseDue)) {
      const inTime = responded !== undefined && responded <= firstResponseDue;
      const leftWithoutResponse =
        !inTime && left !== undefined && left <= firstResponseDue;
      if (inTime) {
        firstResponsesDue += 1;
        firstResponsesInTime += 1;
      } else if (!leftWithoutResponse) {
        firstResponsesDue += 1;
        breaches += 1;
      }
    }

    const resolutionDue = row.resolutionDueAt.getTime();
    if (
      inWindow(resolutionDue) &&
      !(left !== undefined && left <= resolutionDue)
    ) {
      breaches += 1;
    }
  }

  return {
    scope,
    window: {
      from: window.from.toISOString(),
      to: window.to.toISOString(),
    },
    definitions: Object.fromEntries(
      supportMetricDefinitions.map(d => [d.id, d.version]),
    ),
    timeToFirstResponse: durationStat(firstResponseHours),
    resolutionDuration: durationStat(resolutionHours),
    withinTargetShare:
      firstResponsesDue > 0 ? firstResponsesInTime / firstResponsesDue : null,
    backlog: backlog ?? openAtEnd,
    breaches,
    opened,
    closed,
    daily: daily.series(),
  };
}
