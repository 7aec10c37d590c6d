import { Knex } from 'knex';
import { METRIC_COLUMNS, QuestionRow, TABLES } from './rows';

const Q = TABLES.questions;

/** Whose questions a metrics query reads; see `SupportStore.metricRows`. */
export interface MetricScope {
  queueIds?: string[];
  entityRef?: string;
}

/**
 * The columns whose values place a question in a window: created in it,
 * left open in it, or with a due time in it.
 */
const WINDOW_COLUMNS = [
  'created_at',
  'resolved_at',
  'first_response_due_at',
  'resolution_due_at',
] as const;

function applyScope(builder: Knex.QueryBuilder, scope: MetricScope): void {
  const { queueIds, entityRef } = scope;
  if (queueIds && entityRef !== undefined) {
    builder.where(inner =>
      inner.whereIn('queue_id', queueIds).orWhere('entity_ref', entityRef),
    );
  } else if (queueIds) {
    builder.whereIn('queue_id', queueIds);
  } else if (entityRef !== undefined) {
    builder.where('entity_ref', entityRef);
  }
}

/**
 * The questions of the scope created before `to` with a creation, a time
 * of leaving open or a due time in `[from, to)`, ordered by id.
 *
 * Each of those columns is its own branch that repeats the scope, so that
 * within a queue every branch is a range of a (queue, column) index.
 * PostgreSQL gets them as the arms of one OR and reads each matching row
 * once through the union of the four bitmaps. On SQLite, the questions
 * created in the window (most of them) come from the index on (queue,
 * created), which holds every metric column; the others are the ids of
 * the remaining branches, restricted to questions created before the
 * window from their indexes alone, and only those rows are read. Without
 * a scope (every queue), one pass over the table with the OR is the
 * cheapest on both. `extraColumn` (PostgreSQL only) is added to each row.
 */
export async function selectMetricRows(
  knex: Knex,
  scope: MetricScope,
  window: { from: number; to: number },
  extraColumn?: Knex.QueryBuilder,
): Promise<Array<QuestionRow & { backlog?: number | string }>> {
  const { from, to } = window;
  if (isEmpty(scope)) return [];
  const branch = (builder: Knex.QueryBuilder, column: string) => {
    applyScope(builder, scope);
    return builder.where(column, '>=', from).where(column, '<', to);
  };
  const scoped = scope.queueIds !== undefined || scope.entityRef !== undefined;
  if (knex.client.dialect === 'postgresql' || !scoped) {
    const rows = knex(Q).select(METRIC_COLUMNS);
    if (extraColumn) rows.select(extraColumn);
    return rows
      .where('created_at', '<', to)
      .where(inner => {
        for (const column of WINDOW_COLUMNS) {
          inner.orWhere(arm => branch(arm, column));
        }
      })
      .orderBy('id', 'asc');
  }
  const [first, ...rest] = WINDOW_COLUMNS.filter(
    column => column !== 'created_at',
  ).map(column =>
    branch(knex(Q).select('id'), column).where('created_at', '<', from),
  );
  const createdBefore = knex(Q)
    .select(METRIC_COLUMNS)
    .whereIn('id', first.unionAll(rest));
  return branch(knex(Q).select(METRIC_COLUMNS), 'created_at')
    .unionAll(createdBefore)
    .orderBy('id', 'asc');
}

/**
 * The questions of the scope created before `at` that were still open at
 * `at`: open now, or last left open at or after it (a question that is
 * not open and has no such time counts as open, as in
 * `computeSupportMetrics`); one `queue_id` per question. Within a scope,
 * disjoint branches, each a range of an index that covers it within the
 * queue: the open ones by status, the others by the time they left open.
 * For every queue, one pass over the table.
 */
function backlogQuestions(
  knex: Knex,
  scope: MetricScope,
  at: number,
): Knex.QueryBuilder {
  if (scope.queueIds === undefined && scope.entityRef === undefined) {
    return knex(Q)
      .select('queue_id')
      .where('created_at', '<', at)
      .where(inner =>
        inner
          .where('status', 'open')
          .orWhereNull('resolved_at')
          .orWhere('resolved_at', '>=', at),
      );
  }
  const openNow = knex(Q)
    .select('queue_id')
    .where('status', 'open')
    .where('created_at', '<', at);
  applyScope(openNow, scope);
  const notOpen = (resolvedAt: (builder: Knex.QueryBuilder) => void) => {
    const branch = knex(Q).select('queue_id').whereNot('status', 'open');
    resolvedAt(branch);
    // `+created_at` keeps SQLite, which has no statistics, on the index
    // that covers this branch instead of a range over the queue's dates.
    branch.whereRaw('+created_at < ?', [at]);
    applyScope(branch, scope);
    return branch;
  };
  const leftLater = notOpen(branch => branch.where('resolved_at', '>=', at));
  const neverLeft = notOpen(branch => branch.whereNull('resolved_at'));
  return openNow.unionAll([leftLater, neverLeft]);
}

function isEmpty(scope: MetricScope): boolean {
  return (
    scope.queueIds !== undefined &&
    scope.queueIds.length === 0 &&
    scope.entityRef === undefined
  );
}

/** Per queue, the open backlog at `at` (see `backlogQuestions`). */
export async function countBacklog(
  knex: Knex,
  scope: MetricScope,
  at: number,
): Promise<Map<string, number>> {
  if (isEmpty(scope)) return new Map();
  const rows: Array<{ queue_id: string; backlog: number | string }> = await knex
    .select('queue_id')
    .count({ backlog: '*' })
    .from(backlogQuestions(knex, scope, at).as('backlog_questions'))
    .groupBy('queue_id');
  return new Map(rows.map(row => [row.queue_id, Number(row.backlog)]));
}

/**
 * The rows of a window and its open backlog at `to`. On PostgreSQL, one
 * statement: the backlog is a subquery column of the rows (one round trip
 * fewer per request); without rows, it is counted on its own.
 */
export async function selectMetricWindow(
  knex: Knex,
  scope: MetricScope,
  window: { from: number; to: number },
): Promise<{ rows: QuestionRow[]; backlog: number }> {
  if (isEmpty(scope)) return { rows: [], backlog: 0 };
  const total = () =>
    knex
      .count({ backlog: '*' })
      .from(backlogQuestions(knex, scope, window.to).as('backlog_questions'));
  if (knex.client.dialect === 'postgresql') {
    const rows = await selectMetricRows(
      knex,
      scope,
      window,
      total().as('backlog'),
    );
    if (rows.length > 0) {
      return { rows, backlog: Number(rows[0].backlog) };
    }
  }
  const [rows, counted] = await Promise.all([
    selectMetricRows(knex, scope, window),
    total() as Promise<Array<{ backlog: number | string }>>,
  ]);
  return { rows, backlog: Number(counted[0].backlog) };
}
