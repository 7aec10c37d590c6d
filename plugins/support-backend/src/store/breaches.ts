import { Knex } from 'knex';
import { TABLES } from './rows';
import type { BreachedQuestion } from './SupportStore';

const Q = TABLES.questions;

type MarkedRow = {
  id: number;
  queue_id: string;
  team_ref: string;
  title: string;
  /** Whether this statement marked the first-response breach (1/0 on SQLite). */
  first_response: boolean | number;
  /** Whether this statement marked the resolution breach. */
  resolution: boolean | number;
};

type BreachRow = {
  id: number;
  queue_id: string;
  team_ref: string;
  title: string;
  first_response_at: number | string | null;
  first_response_breached_at: number | string | null;
  resolution_breached_at: number | string | null;
};

const RETURNED = [
  'id',
  'queue_id',
  'team_ref',
  'title',
  'first_response_at',
  'first_response_breached_at',
  'resolution_breached_at',
];

const FIRST_RESPONSE_DUE =
  'first_response_breached_at IS NULL AND first_response_at IS NULL AND first_response_due_at < ?';
const RESOLUTION_DUE =
  'resolution_breached_at IS NULL AND resolution_due_at < ?';

/**
 * The questions table for the breach marking. On SQLite, the candidate
 * indexes, (status, due time), lead to every open question past its due
 * time, marked or not, with one row lookup each: reading the whole table
 * in order is several times faster, both for a scan that marks nothing
 * new and for one that marks nearly every row. PostgreSQL's planner
 * chooses by its statistics.
 */
function scanned(tx: Knex.Transaction): Knex.QueryBuilder {
  return tx.client.dialect === 'postgresql'
    ? tx(Q)
    : tx(tx.raw('?? NOT INDEXED', [Q]));
}

function breach(
  row: Pick<BreachRow, 'id' | 'queue_id' | 'team_ref' | 'title'>,
  kind: BreachedQuestion['kind'],
): BreachedQuestion {
  return {
    id: Number(row.id),
    queueId: row.queue_id,
    teamRef: row.team_ref,
    title: row.title,
    kind,
  };
}

const KIND_ORDER = { 'first-response': 0, resolution: 1 } as const;

function byIdThenKind(a: BreachedQuestion, b: BreachedQuestion): number {
  return a.id - b.id || KIND_ORDER[a.kind] - KIND_ORDER[b.kind];
}

/**
 * Marks, in one UPDATE, the open questions past a due time that are not
 * marked yet, with `at` as the breach time, and returns one entry per
 * newly marked breach. The statement returns, per row, which of the two
 * columns it set (the column now equals `at`: the condition only matches
 * unmarked columns), and no more than the breach report needs.
 */
export async function breachedQuestions(
  tx: Knex.Transaction,
  at: number,
): Promise<BreachedQuestion[]> {
  const rows: MarkedRow[] = await scanned(tx)
    .where('status', 'open')
    .where(inner =>
      inner
        .whereRaw(`(${FIRST_RESPONSE_DUE})`, [at])
        .orWhereRaw(`(${RESOLUTION_DUE})`, [at]),
    )
    .update({
      first_response_breached_at: tx.raw(
        `CASE WHEN ${FIRST_RESPONSE_DUE} THEN ? ELSE first_response_breached_at END`,
        [at, at],
      ),
      resolution_breached_at: tx.raw(
        `CASE WHEN ${RESOLUTION_DUE} THEN ? ELSE resolution_breached_at END`,
        [at, at],
      ),
    })
    .returning([
      'id',
      'queue_id',
      'team_ref',
      'title',
      tx.raw('(first_response_breached_at = ?) AS first_response', [at]),
      tx.raw('(resolution_breached_at = ?) AS resolution', [at]),
    ]);
  rows.sort((a, b) => a.id - b.id);
  const marked: BreachedQuestion[] = [];
  for (const row of rows) {
    if (row.first_response) marked.push(breach(row, 'first-response'));
    if (row.resolution) marked.push(breach(row, 'resolution'));
  }
  return marked;
}

/**
 * Marks as escalated, at `at`, the open questions of `queueIds` still in a
 * breach that was marked before `breachedBefore`, and returns them with
 * the kind of that breach (the first response when both qualify).
 */
export async function escalatedQuestions(
  tx: Knex.Transaction,
  options: { at: number; queueIds: string[]; breachedBefore: number },
): Promise<BreachedQuestion[]> {
  const { at, queueIds, breachedBefore } = options;
  const rows: BreachRow[] = await tx(Q)
    .where('status', 'open')
    .whereNull('escalated_at')
    .whereIn('queue_id', queueIds)
    .where(inner =>
      inner
        .where(firstResponse =>
          firstResponse
            .whereNull('first_response_at')
            .where('first_response_breached_at', '<', breachedBefore),
        )
        .orWhere('resolution_breached_at', '<', breachedBefore),
    )
    .update({ escalated_at: at })
    .returning(RETURNED);
  return rows
    .map(row => {
      const firstResponse =
        row.first_response_at === null &&
        row.first_response_breached_at !== null &&
        Number(row.first_response_breached_at) < breachedBefore;
      return breach(row, firstResponse ? 'first-response' : 'resolution');
    })
    .sort(byIdThenKind);
}
