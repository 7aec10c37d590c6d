import type {
  ScoreFilter,
  ScoreRow as ApiScoreRow,
} from '@community-hub/plugin-community-health-common';
import { Knex } from 'knex';
import { encodeChecks, encodeMetrics } from './compactJson';
import { toEpochDay } from './epochDays';
import type {
  MemberScore,
  MemberSelector,
  ScoreListQuery,
  ScoreRecord,
  StoredScore,
} from './HealthStore';
import {
  chunks,
  Db,
  normaliseRef,
  ScoreRow,
  TABLES,
  toScore,
  toStoredScore,
} from './rows';

// Rows per INSERT: SQLite writes a multi-row insert as a compound SELECT of
// at most 500 terms, and at 14 columns 400 rows stay far below both
// engines' parameter limits.
const ROWS_PER_STATEMENT = 400;
// Values per `IN (...)` list
const REFS_PER_STATEMENT = 1600;

/** The ids of refs, numbering the ones seen for the first time. */
async function entityIds(tx: Db, refs: string[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const part of chunks(refs, ROWS_PER_STATEMENT)) {
    await tx(TABLES.refs)
      .insert(part.map(entity_ref => ({ entity_ref })))
      .onConflict('entity_ref')
      .ignore();
  }
  for (const part of chunks(refs, REFS_PER_STATEMENT)) {
    const rows: { id: number; entity_ref: string }[] = await tx(TABLES.refs)
      .whereIn('entity_ref', part)
      .select('id', 'entity_ref');
    for (const row of rows) ids.set(row.entity_ref, Number(row.id));
  }
  return ids;
}

/** Latest scores and today's snapshots of a set of records, in one transaction. */
export async function saveScores(
  knex: Knex,
  records: ScoreRecord[],
): Promise<void> {
  if (records.length === 0) return;
  // One record per entity: the last one given wins.
  const byRef = new Map<string, ScoreRecord>();
  for (const record of records) {
    byRef.set(normaliseRef(record.score.entityRef), record);
  }
  const refs = [...byRef.keys()];
  await knex.transaction(async tx => {
    const ids = await entityIds(tx, refs);
    const rows = refs.map(ref => {
      const { score, ownerRef, own } = byRef.get(ref)!;
      return {
        entity_ref: ref,
        entity_id: ids.get(ref)!,
        target: score.target,
        scorecard_id: score.scorecardId,
        scorecard_version: score.scorecardVersion,
        score: score.score,
        level: score.level,
        own_score: own?.score ?? null,
        own_level: own?.level ?? null,
        owner_ref: ownerRef ? normaliseRef(ownerRef) : null,
        computed_at: score.computedAt,
        checks: encodeChecks(score.checks),
        metrics: encodeMetrics(score.metrics),
        roll_up: score.rollUp ? JSON.stringify(score.rollUp) : null,
      };
    });
    for (const part of chunks(rows, ROWS_PER_STATEMENT)) {
      await tx(TABLES.scores).insert(part).onConflict('entity_ref').merge();
    }

    const partnerRows = refs.flatMap(ref =>
      [...new Set((byRef.get(ref)!.partnerRefs ?? []).map(normaliseRef))].map(
        partner_ref => ({ partner_ref, entity_ref: ref }),
      ),
    );
    for (const part of chunks(refs, REFS_PER_STATEMENT)) {
      await tx(TABLES.scorePartners).whereIn('entity_ref', part).delete();
    }
    for (const part of chunks(partnerRows, ROWS_PER_STATEMENT)) {
      await tx(TABLES.scorePartners).insert(part);
    }

    const snapshots = refs.map(ref => {
      const { score } = byRef.get(ref)!;
      return {
        entity_id: ids.get(ref)!,
        day: toEpochDay(score.computedAt),
        score_tenths: Math.round(score.score * 10),
        level: score.level,
        scorecard_version: score.scorecardVersion,
      };
    });
    for (const part of chunks(snapshots, ROWS_PER_STATEMENT)) {
      await tx(TABLES.snapshots)
        .insert(part)
        .onConflict(['entity_id', 'day'])
        .merge();
    }
  });
}

export async function getScores(
  knex: Knex,
  entityRefs: string[],
): Promise<StoredScore[]> {
  const refs = [...new Set(entityRefs.map(normaliseRef))];
  const out: StoredScore[] = [];
  for (const part of chunks(refs, REFS_PER_STATEMENT)) {
    const rows: ScoreRow[] = await knex(TABLES.scores).whereIn(
      'entity_ref',
      part,
    );
    const partners: { partner_ref: string; entity_ref: string }[] = await knex(
      TABLES.scorePartners,
    )
      .whereIn('entity_ref', part)
      .orderBy('partner_ref');
    const partnersOf = new Map<string, string[]>();
    for (const p of partners) {
      partnersOf.set(p.entity_ref, [
        ...(partnersOf.get(p.entity_ref) ?? []),
        p.partner_ref,
      ]);
    }
    for (const row of rows) {
      out.push(toStoredScore(row, partnersOf.get(row.entity_ref) ?? []));
    }
  }
  return out;
}

/**
 * Applies the dashboard filters to a query on the scores table (as `s`).
 * Without a target, the community's own row is left out of aggregates.
 */
export function applyScoreFilter(
  query: Knex.QueryBuilder,
  knex: Db,
  filter: ScoreFilter,
  options: { withCommunity: boolean },
): Knex.QueryBuilder {
  if (filter.target) {
    query.where('s.target', filter.target);
  } else if (!options.withCommunity) {
    query.whereNot('s.target', 'community');
  }
  if (filter.owner) {
    query.where('s.owner_ref', normaliseRef(filter.owner));
  }
  if (filter.partner) {
    query.whereIn(
      's.entity_ref',
      knex(TABLES.scorePartners)
        .select('entity_ref')
        .where('partner_ref', normaliseRef(filter.partner)),
    );
  }
  return query;
}

export async function listScores(
  knex: Knex,
  query: ScoreListQuery,
): Promise<{ items: ApiScoreRow[]; totalCount: number }> {
  const filtered = () =>
    applyScoreFilter(knex({ s: TABLES.scores }), knex, query, {
      withCommunity: true,
    });
  const [{ count }] = await filtered().count({ count: '*' });
  const sortColumn = query.sort === 'score' ? 's.score' : 's.entity_ref';
  const rows: Pick<
    ScoreRow,
    'entity_ref' | 'target' | 'score' | 'level' | 'computed_at'
  >[] = await filtered()
    .select('s.entity_ref', 's.target', 's.score', 's.level', 's.computed_at')
    .orderBy([
      { column: sortColumn, order: query.order },
      { column: 's.entity_ref', order: 'asc' },
    ])
    .limit(query.limit)
    .offset(query.offset);
  return {
    totalCount: Number(count),
    items: rows.map(row => ({
      entityRef: row.entity_ref,
      target: row.target,
      score: toScore(row.score),
      level: row.level,
      computedAt: row.computed_at,
    })),
  };
}

type MemberRow = Pick<ScoreRow, 'entity_ref' | 'target' | 'score' | 'level'>;

const toMember = (row: MemberRow): MemberScore => ({
  entityRef: row.entity_ref,
  target: row.target,
  score: toScore(row.score),
  level: row.level,
});

export async function memberScores(
  knex: Knex,
  selector: MemberSelector,
): Promise<MemberScore[]> {
  const select = (refs?: string[]) => {
    const query = knex(TABLES.scores)
      .whereIn('target', selector.targets)
      .select('entity_ref', 'target', 'score', 'level')
      .orderBy('entity_ref');
    if (selector.ownerRef) {
      query.where('owner_ref', normaliseRef(selector.ownerRef));
    }
    if (selector.partnerRef) {
      query.whereIn(
        'entity_ref',
        knex(TABLES.scorePartners)
          .select('entity_ref')
          .where('partner_ref', normaliseRef(selector.partnerRef)),
      );
    }
    if (refs) query.whereIn('entity_ref', refs);
    return query;
  };
  if (!selector.entityRefs) {
    return ((await select()) as MemberRow[]).map(toMember);
  }
  const refs = [...new Set(selector.entityRefs.map(normaliseRef))];
  const out: MemberScore[] = [];
  for (const part of chunks(refs, REFS_PER_STATEMENT)) {
    out.push(...((await select(part)) as MemberRow[]).map(toMember));
  }
  return out.sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}

export async function levelDistribution(
  knex: Knex,
  filter: ScoreFilter,
): Promise<Record<string, number>> {
  const rows: { level: string | null; count: number | string }[] =
    await applyScoreFilter(knex({ s: TABLES.scores }), knex, filter, {
      withCommunity: false,
    })
      .select('s.level')
      .count({ count: '*' })
      .groupBy('s.level');
  const out: Record<string, number> = {};
  for (const row of rows) {
    out[row.level ?? 'none'] = Number(row.count);
  }
  return out;
}

export async function worstScores(
  knex: Knex,
  filter: ScoreFilter,
  limit: number,
): Promise<MemberScore[]> {
  const rows: MemberRow[] = await applyScoreFilter(
    knex({ s: TABLES.scores }),
    knex,
    filter,
    { withCommunity: false },
  )
    .select('s.entity_ref', 's.target', 's.score', 's.level')
    .orderBy([
      { column: 's.score', order: 'asc' },
      { column: 's.entity_ref', order: 'asc' },
    ])
    .limit(limit);
  return rows.map(toMember);
}

export async function deleteScoresComputedBefore(
  knex: Knex,
  instant: string,
): Promise<number> {
  return knex.transaction(async tx => {
    const stale = tx(TABLES.scores)
      .select('entity_ref')
      .where('computed_at', '<', instant);
    await tx(TABLES.scorePartners).whereIn('entity_ref', stale).delete();
    const deleted = await tx(TABLES.scores)
      .where('computed_at', '<', instant)
      .delete();
    return Number(deleted);
  });
}
