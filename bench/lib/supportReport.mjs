import { FLOOR_ENDPOINT } from './endpoints.mjs';
import { fixed, table } from './reportTables.mjs';
import { LIST_ENDPOINT, METRICS_ENDPOINT } from './supportEndpoints.mjs';

// Targets are reported, not enforced.
export const LIST_P95_MAX_FLOOR_RATIO = 3;
export const METRICS_P95_MAX_MS = 200;
export const BREACH_SCAN_MAX_MS = 2000;

const kilobytes = bytes =>
  bytes === null || bytes === undefined ? '-' : (bytes / 1024).toFixed(1);

function endpoint(outcome, id) {
  return outcome.endpoints?.find(e => e.id === id);
}

const below = (value, max) => (value === null ? null : value < max);

/** The targets and consistency checks of one database's outcome. */
export function supportChecks(outcome) {
  const floor = endpoint(outcome, FLOOR_ENDPOINT);
  const list = endpoint(outcome, LIST_ENDPOINT);
  const listRatio =
    floor?.p95 > 0 && list?.p95 != null
      ? Number((list.p95 / floor.p95).toFixed(2))
      : null;
  const metricsP95 = endpoint(outcome, METRICS_ENDPOINT)?.p95 ?? null;
  const scan = outcome.breachScan;
  return {
    listP95OverFloorP95: listRatio,
    listTargetMet:
      listRatio === null ? null : listRatio <= LIST_P95_MAX_FLOOR_RATIO,
    metricsP95Ms: metricsP95,
    metricsTargetMet: below(metricsP95, METRICS_P95_MAX_MS),
    breachScanOpenQuestions: scan?.open ?? null,
    breachScanMs: scan?.first.ms ?? null,
    breachScanTargetMet: below(scan?.first.ms ?? null, BREACH_SCAN_MAX_MS),
    steadyBreachScanMs: scan?.second.ms ?? null,
    steadyBreachScanTargetMet: below(
      scan?.second.ms ?? null,
      BREACH_SCAN_MAX_MS,
    ),
    seedAsPlanned: outcome.seedCountsMatch ?? null,
  };
}

const verdict = met => (met === null ? 'not measured' : met ? 'met' : 'MISSED');

function headline(outcome) {
  const parts = [`community on ${outcome.db}`];
  const seed = outcome.seed;
  if (seed) {
    const c = seed.counts;
    parts.push(
      `: ${c.questions} questions (${c.open} open, ${c.private} private), ${c.answers} answers, ${c.tags} tags in ${c.queues} queues, inserted in ${seed.insertSeconds} s`,
    );
  }
  const p = outcome.processing;
  if (p) {
    parts.push(
      `\nstartup ${p.startupSeconds} s; RSS ${p.rssMb} MB after start, ${
        outcome.rssAfterLoadMb ?? '-'
      } MB after load; requests with Accept-Encoding: ${
        outcome.acceptEncoding ?? '-'
      }`,
    );
  }
  if (outcome.metricsWindow) {
    parts.push(
      `\nmetrics window ${outcome.metricsWindow.from} .. ${outcome.metricsWindow.to}`,
    );
  }
  return parts.join('');
}

/** The table and checks of one database. */
export function supportReport(outcome, checks) {
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
  const scan = outcome.breachScan;
  lines.push(
    [
      `checks on ${outcome.db}:`,
      `  list p95 / floor p95 = ${fixed(
        checks.listP95OverFloorP95,
        2,
      )} (target <= ${LIST_P95_MAX_FLOOR_RATIO}): ${verdict(
        checks.listTargetMet,
      )}`,
      `  metrics p95 = ${fixed(
        checks.metricsP95Ms,
      )} ms (target < ${METRICS_P95_MAX_MS} ms): ${verdict(
        checks.metricsTargetMet,
      )}`,
      `  breach scan over ${
        checks.breachScanOpenQuestions ?? '-'
      } open questions, all unmarked = ${fixed(checks.breachScanMs)} ms${
        scan ? ` (${scan.first.breached} breaches marked)` : ''
      } (target < ${BREACH_SCAN_MAX_MS} ms): ${verdict(
        checks.breachScanTargetMet,
      )}`,
      `  the next scan, nothing new to mark = ${fixed(
        checks.steadyBreachScanMs,
      )} ms (same target): ${verdict(checks.steadyBreachScanTargetMet)}`,
      `  seed as planned: ${
        checks.seedAsPlanned === null
          ? 'not measured'
          : checks.seedAsPlanned
          ? 'ok'
          : 'MISMATCH'
      }`,
    ].join('\n'),
  );
  return lines.join('\n');
}
