import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import { Knex } from 'knex';
import { TABLES } from './rows';
import type { ReadFilter, TicketFilter } from './SupportStore';

const COLUMNS: Record<TicketFilter['property'], string> = {
  visibility: 'visibility',
  authorRef: 'author_ref',
  teamRef: 'team_ref',
};

const NOTHING = '1 = 0';
const EVERYTHING = '1 = 1';

function addCriteria(
  builder: Knex.QueryBuilder,
  criteria: PermissionCriteria<TicketFilter>,
): void {
  if ('allOf' in criteria) {
    if (criteria.allOf.length === 0) {
      builder.whereRaw(EVERYTHING);
      return;
    }
    for (const part of criteria.allOf) {
      builder.andWhere(inner => addCriteria(inner, part));
    }
    return;
  }
  if ('anyOf' in criteria) {
    if (criteria.anyOf.length === 0) {
      builder.whereRaw(NOTHING);
      return;
    }
    for (const part of criteria.anyOf) {
      builder.orWhere(inner => addCriteria(inner, part));
    }
    return;
  }
  if ('not' in criteria) {
    builder.whereNot(inner => addCriteria(inner, criteria.not));
    return;
  }
  const column = COLUMNS[criteria.property];
  if (!column) {
    throw new Error(
      `Unknown support-ticket filter property ${criteria.property}`,
    );
  }
  if (criteria.values.length === 0) {
    builder.whereRaw(NOTHING);
    return;
  }
  builder.whereIn(`${TABLES.questions}.${column}`, criteria.values);
}

/**
 * Restricts a query over `support_questions` to the questions the read
 * filter lets through. `allOf`, `anyOf` and `not` nest as in SQL; a leaf
 * with no values matches nothing, an empty `anyOf` nothing, an empty
 * `allOf` everything; `undefined` leaves the query as it is.
 */
export function applyReadFilter(
  builder: Knex.QueryBuilder,
  filter: ReadFilter,
): Knex.QueryBuilder {
  if (!filter) return builder;
  return builder.where(inner => addCriteria(inner, filter));
}
