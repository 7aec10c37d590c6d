import { fixed, table } from './reportTables.mjs';

// Targets are reported, not enforced.
export const FULL_RUN_MAX_SECONDS = 60;
export const RECOMPUTE_MAX_MS = 1000;

const verdict = met => (met === null ? 'not measured' : met ? 'met' : 'MISSED');
const mib = bytes =>
  bytes === null || bytes === undefined
    ? '-'
    : (bytes / 1024 / 1024).toFixed(1);
const count = n =>
  n === null || n === undefined ? '-' : n.toLocaleString('en-US');

/** The targets of one database's outcome. */
export function healthChecks(outcome) {
  const full = outcome.fullRun?.seconds ?? null;
  const withHistory = outcome.history?.fullRunWithHistory?.seconds ?? null;
  const p95 = outcome.recompute?.p95 ?? null;
  return {
    fullRunSeconds: full,
    fullRunTargetMet: full === null ? null : full < FULL_RUN_MAX_SECONDS,
    fullRunWithHistorySeconds: withHistory,
    fullRunWithHistoryTargetMet:
      withHistory === null ? null : withHistory < FULL_RUN_MAX_SECONDS,
    recomputeP95Ms: p95,
    recomputeTargetMet: p95 === null ? null : p95 < RECOMPUTE_MAX_MS,
  };
}

function storageTable(history) {
  const perRow = m => (m.rows ? fixed(m.bytes / m.rows, 0) : '-');
  const rows = [
    ['after the first run', history.afterRun],
    [
      `+ ${history.days} days x ${count(history.entities)} packages`,
      history.afterInsert,
    ],
    ['after the retention prune', history.afterPrune],
    ['compacted (VACUUM)', history.compacted],
  ].map(([stage, m]) => [stage, count(m.rows), mib(m.bytes), perRow(m)]);
  return table(['snapshots table', 'rows', 'MiB', 'bytes/row'], rows);
}

/** The report of one database. */
export function healthReport(outcome, checks) {
  const lines = [];
  const p = outcome.processing;
  lines.push(
    `community health on ${outcome.db}${
      p
        ? `: catalog of ${p.entities} entities processed ${p.secondsSinceReady} s after ready (${p.entitiesWithErrors} with errors)`
        : ''
    }${
      outcome.plugin
        ? `; ${outcome.plugin.scorecards} scorecards, ${outcome.plugin.packageChecks} package checks`
        : ''
    }`,
  );
  if (outcome.error) {
    lines.push(`FAILED: ${outcome.error}`);
  }
  const f = outcome.fullRun;
  if (f) {
    lines.push(
      `full computation: ${count(f.done)} of ${count(
        f.total,
      )} entities, ${fixed(f.seconds, 1)} s from POST /runs to done (${fixed(
        f.runSeconds,
        1,
      )} s recorded by the run)`,
    );
  }
  const h = outcome.history;
  if (h?.fullRunWithHistory) {
    lines.push(
      `full computation with a year of history, retention prune included: ${fixed(
        h.fullRunWithHistory.seconds,
        1,
      )} s`,
    );
  }
  const r = outcome.recompute;
  if (r) {
    lines.push(
      `recompute of one package (${r.calls} calls): p50 ${fixed(
        r.p50,
      )} ms, p95 ${fixed(r.p95)} ms, max ${fixed(r.maxMs)} ms, first ${fixed(
        r.firstMs,
      )} ms`,
    );
  }
  if (h?.compacted) {
    lines.push(storageTable(h));
    const year = h.afterInsert.bytes - h.afterRun.bytes;
    lines.push(
      `a year of daily snapshots per 10,000 entities: ${mib(
        (year * 10_000) / h.entities,
      )} MiB before the retention policy, ${mib(
        (h.compacted.bytes * 10_000) / h.entities,
      )} MiB kept after it (${count(h.compacted.rows)} points)`,
    );
  }
  lines.push(
    [
      `checks on ${outcome.db}:`,
      `  full computation = ${fixed(
        checks.fullRunSeconds,
      )} s (target < ${FULL_RUN_MAX_SECONDS} s): ${verdict(
        checks.fullRunTargetMet,
      )}`,
      `  with a year of history = ${fixed(
        checks.fullRunWithHistorySeconds,
      )} s (same target): ${verdict(checks.fullRunWithHistoryTargetMet)}`,
      `  recompute p95 = ${fixed(
        checks.recomputeP95Ms,
      )} ms (target < ${RECOMPUTE_MAX_MS} ms): ${verdict(
        checks.recomputeTargetMet,
      )}`,
    ].join('\n'),
  );
  return lines.join('\n');
}
