import { Knex } from 'knex';

/** The escape character of LIKE patterns built here. */
const ESCAPE = '!';

/**
 * Distinct, lower-cased, non-empty words, at most `limit` of them.
 */
export function normaliseWords(
  words: string[] | undefined,
  limit = Infinity,
): string[] {
  const seen = new Set<string>();
  for (const word of words ?? []) {
    if (seen.size >= limit) break;
    const trimmed = word.trim().toLowerCase();
    if (trimmed) seen.add(trimmed);
  }
  return [...seen];
}

/** A LIKE pattern matching `word` anywhere, its wildcards taken literally. */
export function containsPattern(word: string): string {
  const escaped = word.replace(/[!%_]/g, char => `${ESCAPE}${char}`);
  return `%${escaped.toLowerCase()}%`;
}

/** SQL that is true when the column contains the pattern, ignoring case. */
export function containsSql(column: string): string {
  return `LOWER(${column}) LIKE ? ESCAPE '${ESCAPE}'`;
}

/**
 * Requires every word to appear, ignoring case, in one of `columns`
 * (LOWER works on ASCII letters on SQLite and on all letters on PostgreSQL).
 */
export function whereEveryWord(
  builder: Knex.QueryBuilder,
  words: string[],
  columns: string[],
): Knex.QueryBuilder {
  for (const word of normaliseWords(words)) {
    const pattern = containsPattern(word);
    builder.andWhere(inner => {
      for (const column of columns) {
        inner.orWhereRaw(containsSql(column), [pattern]);
      }
    });
  }
  return builder;
}
