import type {
  HistoryPoint,
  ScoreFilter,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import { fromEpochDay, toEpochDay } from './epochDays';
import type { Mover, RetentionPolicy } from './HealthStore';
import { isPostgres, normaliseRef, TABLES, toScore } from './rows';
import { applyScoreFilter } from './scoreQueries';

export async function history(
  knex: Knex,
  entityRef: string,
  since: string,
): Promise<HistoryPoint[]> {
  const rows: {
    day: number;
    score_tenths: number;
    level: string | null;
    scorecard_version: string;
  }[] = await knex({ p: TABLES.snapshots })
    .join({ r: TABLES.refs }, 'r.id', 'p.entity_id')
    .where('r.entity_ref', normaliseRef(entityRef))
    .where('p.day', '>=', toEpochDay(since))
    .select('p.day', 'p.score_tenths', 'p.level', 'p.scorecard_version')
    .orderBy('p.day');
  return rows.map(row => ({
    date: fromEpochDay(Number(row.day)),
    score: Number(row.score_tenths) / 10,
    level: row.level,
    scorecardVersion: row.scorecard_version,
  }));
}

/**
 * For each filtered entity: its first snapshot on or after `since` against
 * its latest score; the largest absolute changes first, unchanged left out.
 */
export async function movers(
  knex: Knex,
  filter: ScoreFilter,
  since: string,
  limit: number,
): Promise<Mover[]> {
  const sinceDay = toEpochDay(since);
  const firstDay = knex(`${TABLES.snapshots} as f`)
    .min('f.day')
    .where('f.entity_id', knex.ref('s.entity_id'))
    .where('f.day', '>=', sinceDay);
  const query = applyScoreFilter(knex({ s: TABLES.scores }), knex, filter, {
    withCommunity: false,
  })
    .join({ p: TABLES.snapshots }, 'p.entity_id', 's.entity_id')
    .where('p.day', '=', firstDay)
    .whereRaw('p.score_tenths <> ROUND(s.score * 10)')
    .select('s.entity_ref', 's.target', 's.score', 'p.score_tenths')
    .orderByRaw('ABS(ROUND(s.score * 10) - p.score_tenths) DESC, s.entity_ref')
    .limit(limit);
  const rows: {
    entity_ref: string;
    target: ScorecardTarget;
    score: number | string;
    score_tenths: number;
  }[] = await query;
  return rows.map(row => ({
    entityRef: row.entity_ref,
    target: row.target,
    from: Number(row.score_tenths) / 10,
    to: toScore(row.score),
  }));
}

/**
 * Thins snapshots older than `dailyDays` to the latest point of each ISO
 * week, and those older than `weeklyDays` to the latest point of each month,
 * in one statement. Weeks are counted from Monday: day 0 (1970-01-01) was a
 * Thursday, so `(day + 3) / 7` numbers the weeks.
 */
export async function pruneSnapshots(
  knex: Knex,
  policy: RetentionPolicy,
): Promise<number> {
  const today = toEpochDay(policy.today);
  const dailyFrom = today - policy.dailyDays + 1;
  const weeklyFrom = today - policy.weeklyDays + 1;
  const month = isPostgres(knex)
    ? `to_char(DATE '1970-01-01' + day, 'YYYY-MM')`
    : `strftime('%Y-%m', day * 86400, 'unixepoch')`;
  const bucket = `CASE WHEN day >= :weeklyFrom THEN 'w' || ((day + 3) / 7) ELSE 'm' || ${month} END`;
  const result = await knex.raw(
    `DELETE FROM ${TABLES.snapshots}
     WHERE (entity_id, day) IN (
       SELECT entity_id, day FROM (
         SELECT entity_id, day,
                ROW_NUMBER() OVER (PARTITION BY entity_id, ${bucket} ORDER BY day DESC) AS position
         FROM ${TABLES.snapshots}
         WHERE day < :dailyFrom
       ) AS ranked
       WHERE position > 1
     )`,
    { dailyFrom, weeklyFrom },
  );
  // PostgreSQL reports rowCount; better-sqlite3 reports changes.
  return Number(
    (result as { rowCount?: number; changes?: number }).rowCount ??
      (result as { changes?: number }).changes ??
      0,
  );
}
