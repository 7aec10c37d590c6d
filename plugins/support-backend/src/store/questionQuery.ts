import { Knex } from 'knex';
import { TABLES } from './rows';
import type { QuestionListQuery } from './SupportStore';
import { whereEveryWord } from './textMatch';

const Q = TABLES.questions;

/**
 * SQL that is true for an open question currently in breach: past its
 * first-response due time without a response, or past its resolution due
 * time (the breach columns are set by the scan).
 */
export const BREACHED_SQL = `(${Q}.status = 'open' AND (${Q}.resolution_breached_at IS NOT NULL OR (${Q}.first_response_breached_at IS NOT NULL AND ${Q}.first_response_at IS NULL)))`;

/**
 * The next due time an open question is waiting on (the first response
 * while there is none, else the resolution); NULL for other statuses.
 */
const PENDING_DUE_SQL = `(CASE WHEN ${Q}.status <> 'open' THEN NULL WHEN ${Q}.first_response_at IS NULL AND ${Q}.first_response_due_at < ${Q}.resolution_due_at THEN ${Q}.first_response_due_at ELSE ${Q}.resolution_due_at END)`;

/** Applies the filters of a list query (not the read filter, not paging). */
export function applyListFilters(
  builder: Knex.QueryBuilder,
  query: Omit<QuestionListQuery, 'sort' | 'limit' | 'offset'>,
): Knex.QueryBuilder {
  if (query.queueIds) builder.whereIn(`${Q}.queue_id`, query.queueIds);
  if (query.status) builder.whereIn(`${Q}.status`, query.status);
  if (query.tag !== undefined) {
    builder.whereExists(inner =>
      inner
        .select(1)
        .from(TABLES.questionTags)
        .whereRaw(`${TABLES.questionTags}.question_id = ${Q}.id`)
        .andWhere(`${TABLES.questionTags}.tag`, query.tag!),
    );
  }
  if (query.authorRef !== undefined) {
    builder.where(`${Q}.author_ref`, query.authorRef);
  }
  if (query.assigneeRef !== undefined) {
    builder.where(`${Q}.assignee_ref`, query.assigneeRef);
  }
  if (query.breached === true) builder.whereRaw(BREACHED_SQL);
  if (query.breached === false) builder.whereRaw(`NOT ${BREACHED_SQL}`);
  if (query.unanswered === true) builder.whereNull(`${Q}.first_response_at`);
  if (query.unanswered === false) {
    builder.whereNotNull(`${Q}.first_response_at`);
  }
  if (query.entityRef !== undefined || query.entityQueueIds) {
    const entityRef = query.entityRef;
    const queueIds = query.entityQueueIds ?? [];
    builder.where(inner => {
      if (entityRef !== undefined) inner.orWhere(`${Q}.entity_ref`, entityRef);
      if (queueIds.length > 0) inner.orWhereIn(`${Q}.queue_id`, queueIds);
      if (entityRef === undefined && queueIds.length === 0) {
        inner.whereRaw('1 = 0');
      }
    });
  }
  if (query.visibility) builder.where(`${Q}.visibility`, query.visibility);
  if (query.words && query.words.length > 0) {
    whereEveryWord(builder, query.words, [`${Q}.title`, `${Q}.body`]);
  }
  return builder;
}

/** Orders a list; ties are broken by id so pages never overlap. */
export function applySort(
  builder: Knex.QueryBuilder,
  sort: QuestionListQuery['sort'],
): Knex.QueryBuilder {
  switch (sort) {
    case 'oldest':
      return builder.orderBy([
        { column: `${Q}.created_at`, order: 'asc' },
        { column: `${Q}.id`, order: 'asc' },
      ]);
    case 'votes':
      return builder.orderBy([
        { column: `${Q}.score`, order: 'desc' },
        { column: `${Q}.created_at`, order: 'desc' },
        { column: `${Q}.id`, order: 'desc' },
      ]);
    case 'activity':
      return builder.orderBy([
        { column: `${Q}.updated_at`, order: 'desc' },
        { column: `${Q}.id`, order: 'desc' },
      ]);
    case 'due':
      return builder
        .orderByRaw(
          `CASE WHEN ${PENDING_DUE_SQL} IS NULL THEN 1 ELSE 0 END, ${PENDING_DUE_SQL} ASC`,
        )
        .orderBy(`${Q}.id`, 'asc');
    case 'newest':
    default:
      return builder.orderBy([
        { column: `${Q}.created_at`, order: 'desc' },
        { column: `${Q}.id`, order: 'desc' },
      ]);
  }
}
