import {
  CYCLING_ENDPOINT,
  FEED_ENDPOINT,
  MONTH_ENDPOINT,
} from './calendarEndpoints.mjs';
import { FLOOR_ENDPOINT } from './endpoints.mjs';
import { fixed, table } from './reportTables.mjs';

// Targets are reported, not enforced.
export const MONTH_P95_MAX_FLOOR_RATIO = 3;
export const FEED_P95_MAX_MS = 300;

const kilobytes = bytes =>
  bytes === null || bytes === undefined ? '-' : (bytes / 1024).toFixed(1);

function endpoint(outcome, id) {
  return outcome.endpoints?.find(e => e.id === id);
}

function p95Ratio(outcome, id) {
  const floor = endpoint(outcome, FLOOR_ENDPOINT);
  const measured = endpoint(outcome, id);
  return floor?.p95 > 0 && measured?.p95 != null
    ? Number((measured.p95 / floor.p95).toFixed(2))
    : null;
}

/** The targets and consistency checks of one database's outcome. */
export function calendarChecks(outcome, manifest) {
  const monthRatio = p95Ratio(outcome, MONTH_ENDPOINT);
  const cyclingRatio = p95Ratio(outcome, CYCLING_ENDPOINT);
  const feedP95 = endpoint(outcome, FEED_ENDPOINT)?.p95 ?? null;
  const feedEvents = outcome.feed?.vevents ?? null;
  return {
    monthP95OverFloorP95: monthRatio,
    monthTargetMet:
      monthRatio === null ? null : monthRatio <= MONTH_P95_MAX_FLOOR_RATIO,
    cyclingP95OverFloorP95: cyclingRatio,
    cyclingTargetMet:
      cyclingRatio === null ? null : cyclingRatio <= MONTH_P95_MAX_FLOOR_RATIO,
    feedP95Ms: feedP95,
    feedTargetMet: feedP95 === null ? null : feedP95 < FEED_P95_MAX_MS,
    feedEvents,
    feedEventsSeeded: manifest.expected.feedEvents,
    feedEventsAsSeeded:
      feedEvents === null ? null : feedEvents === manifest.expected.feedEvents,
  };
}

const verdict = met => (met === null ? 'not measured' : met ? 'met' : 'MISSED');

function headline(outcome) {
  const p = outcome.processing;
  const parts = [`community on ${outcome.db}`];
  if (p) {
    parts.push(
      `: catalog of ${p.entities} entities processed ${p.secondsSinceReady} s after ready (${p.entitiesPerSecond} entities/s; ${p.secondsSinceStart} s after start, startup ${p.startupSeconds} s); ${p.entitiesWithErrors} with errors`,
    );
  }
  const i = outcome.index;
  if (i) {
    parts.push(
      `\ncalendar index complete ${
        i.secondsAfterProcessing
      } s after the catalog (${i.secondsSinceStart} s after start): ${
        i.events
      } events, ${i.yearOccurrences} occurrences in 2027 (${kilobytes(
        i.yearResponseBytes,
      )} KiB answer)`,
    );
  }
  if (outcome.indexAfterRestartSeconds !== undefined) {
    parts.push(
      `; after the restart for load served complete ${outcome.indexAfterRestartSeconds} s after ready`,
    );
  }
  if (p) {
    parts.push(
      `\nRSS ${p.rssMb} MB after processing, ${
        outcome.rssAfterLoadMb ?? '-'
      } MB after load`,
    );
  }
  if (outcome.month) {
    parts.push(
      `\nMarch: ${outcome.month.events} events, ${
        outcome.month.occurrences
      } occurrences, ${kilobytes(outcome.month.bytes)} KiB; feed: ${
        outcome.feed?.vevents
      } events, ${kilobytes(
        outcome.feed?.bytes,
      )} KiB; requests with Accept-Encoding: ${outcome.acceptEncoding}`,
    );
  }
  return parts.join('');
}

/** The table and checks of one database. */
export function calendarReport(outcome, checks) {
  const lines = [headline(outcome)];
  if (outcome.error) {
    lines.push(`FAILED: ${outcome.error}`);
  }
  if (outcome.endpoints?.length) {
    const floor = endpoint(outcome, FLOOR_ENDPOINT);
    const rows = outcome.endpoints.map(e => [
      e.id,
      fixed(e.rps),
      fixed(e.p50),
      fixed(e.p95),
      fixed(e.p99),
      floor?.p95 ? fixed(e.p95 / floor.p95, 2) : '-',
      kilobytes(e.responseBytes?.mean),
      fixed(e.cpu?.processes?.[outcome.variant], 2),
      fixed(e.cpu?.runnerCores, 2),
      fixed(e.cpu?.otherCores, 2),
      `${e.status}${e.non2xx ? ` (${e.non2xx} non-2xx)` : ''}${
        e.errors ? ` (${e.errors} errors)` : ''
      }`,
    ]);
    lines.push(
      table(
        [
          'endpoint',
          'req/s',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'p95 x floor',
          'KiB/resp (wire)',
          'cpu backend',
          'cpu runner',
          'cpu other',
          'status',
        ],
        rows,
      ),
    );
  }
  lines.push(
    [
      `checks on ${outcome.db}:`,
      `  month p95 / floor p95 = ${fixed(
        checks.monthP95OverFloorP95,
        2,
      )} (target <= ${MONTH_P95_MAX_FLOOR_RATIO}): ${verdict(
        checks.monthTargetMet,
      )}`,
      `  month-cycling p95 / floor p95 = ${fixed(
        checks.cyclingP95OverFloorP95,
        2,
      )} (same target, uncached): ${verdict(checks.cyclingTargetMet)}`,
      `  feed p95 = ${fixed(
        checks.feedP95Ms,
      )} ms (target < ${FEED_P95_MAX_MS} ms): ${verdict(checks.feedTargetMet)}`,
      `  feed carries ${checks.feedEvents ?? '-'} events of ${
        checks.feedEventsSeeded
      } seeded with its tag: ${
        checks.feedEventsAsSeeded === null
          ? 'not measured'
          : checks.feedEventsAsSeeded
          ? 'ok'
          : 'MISMATCH'
      }`,
    ].join('\n'),
  );
  return lines.join('\n');
}
