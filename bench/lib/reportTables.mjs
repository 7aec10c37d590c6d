import { FLOOR_ENDPOINT } from './endpoints.mjs';

const TARGET_RATIO = 0.9;

export function table(headers, rows) {
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map(r => String(r[i]).length)),
  );
  const line = cells =>
    cells
      .map((c, i) =>
        i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]),
      )
      .join('  ');
  return [
    line(headers),
    line(widths.map(w => '-'.repeat(w))),
    ...rows.map(line),
  ].join('\n');
}

export const fixed = (value, digits = 1) =>
  value === null || value === undefined ? '-' : Number(value).toFixed(digits);

export function variantReport(outcome) {
  const title = `${outcome.variant} on ${outcome.db}`;
  if (!outcome.endpoints) {
    return `${title}: ${outcome.error ?? 'no results'}`;
  }
  const p = outcome.processing;
  const floor = outcome.endpoints.find(e => e.id === FLOOR_ENDPOINT);
  const rows = outcome.endpoints.map(e => [
    e.id,
    fixed(e.rps),
    fixed(e.p50),
    fixed(e.p95),
    fixed(e.p99),
    floor ? fixed(e.rps / floor.rps, 2) : '-',
    fixed(e.cpu?.processes?.[outcome.variant], 2),
    fixed(e.cpu?.otherCores, 2),
    `${e.status}${e.non2xx ? ` (${e.non2xx} non-2xx)` : ''}`,
  ]);
  return [
    `${title}: catalog of ${p.entities} entities processed ${p.secondsSinceReady} s after ready (${p.entitiesPerSecond} entities/s; ${p.secondsSinceStart} s after start, startup ${p.startupSeconds} s); ${p.entitiesWithErrors} with errors; RSS ${p.rssMb} MB after processing, ${outcome.rssAfterLoadMb} MB after load`,
    table(
      [
        'endpoint',
        'req/s',
        'p50 ms',
        'p95 ms',
        'p99 ms',
        'x floor',
        'cpu backend',
        'cpu other',
        'status',
      ],
      rows,
    ),
  ].join('\n');
}

export function ratioReport(db, community, stock) {
  if (!community?.endpoints || !stock?.endpoints) {
    return null;
  }
  const rows = community.endpoints.map(c => {
    const s = stock.endpoints.find(e => e.id === c.id);
    const ratio = s ? c.rps / s.rps : null;
    const cFloor = community.endpoints.find(e => e.id === FLOOR_ENDPOINT);
    const sFloor = stock.endpoints.find(e => e.id === FLOOR_ENDPOINT);
    const normalized =
      s && cFloor && sFloor ? c.rps / cFloor.rps / (s.rps / sFloor.rps) : null;
    return [
      c.id,
      fixed(c.rps),
      fixed(s?.rps),
      fixed(ratio, 2),
      fixed(normalized, 2),
      ratio === null ? '-' : ratio >= TARGET_RATIO ? 'ok' : 'BELOW',
    ];
  });
  const cp = community.processing;
  const sp = stock.processing;
  return [
    `community / stock on ${db} (target >= ${TARGET_RATIO}): processing ${cp.secondsSinceReady} s vs ${sp.secondsSinceReady} s`,
    table(
      [
        'endpoint',
        'community req/s',
        'stock req/s',
        'ratio',
        'ratio of x floor',
        'target',
      ],
      rows,
    ),
  ].join('\n');
}

export function ratioSummary(community, stock) {
  if (!community?.endpoints || !stock?.endpoints) {
    return null;
  }
  return Object.fromEntries(
    community.endpoints.map(c => {
      const s = stock.endpoints.find(e => e.id === c.id);
      return [c.id, s ? Number((c.rps / s.rps).toFixed(3)) : null];
    }),
  );
}
