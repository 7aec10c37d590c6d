import { InputError } from '@backstage/errors';
import type {
  CheckDefinition,
  CheckOperator,
  LevelDefinition,
  Scorecard,
  ScorecardTarget,
} from '../types';

const OPERATORS: readonly CheckOperator[] = ['>=', '>', '<=', '<', '=='];
const TARGETS: readonly ScorecardTarget[] = [
  'package',
  'partner',
  'group',
  'community',
];

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shown(value: unknown): string {
  return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Reads fields of one object, throwing errors that say where the object sits. */
class Reader {
  constructor(
    private readonly where: string,
    private readonly fields: Fields,
  ) {}

  fail(field: string, problem: string): never {
    throw new InputError(`${this.where}: ${field} ${problem}`);
  }

  string(field: string): string {
    const value = this.fields[field];
    if (typeof value !== 'string' || value.trim() === '') {
      this.fail(
        field,
        typeof value === 'number'
          ? `must be a string; quote it ('${value}')`
          : `must be a non-empty string, got ${shown(value)}`,
      );
    }
    return value;
  }

  number(field: string): number {
    const value = this.fields[field];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(field, `must be a number, got ${shown(value)}`);
    }
    return value;
  }

  list(field: string): unknown[] {
    const value = this.fields[field];
    if (!Array.isArray(value)) {
      this.fail(field, `must be a list, got ${shown(value)}`);
    }
    return value;
  }

  oneOf<T extends string>(field: string, allowed: readonly T[]): T {
    const value = this.fields[field];
    if (!allowed.includes(value as T)) {
      this.fail(
        field,
        `must be one of ${allowed.join(', ')}, got ${shown(value)}`,
      );
    }
    return value as T;
  }
}

function parseCheck(scorecardId: string, raw: unknown, index: number) {
  const where = `Scorecard '${scorecardId}', checks[${index}]`;
  if (!isObject(raw)) {
    throw new InputError(`${where}: must be an object`);
  }
  const id = new Reader(where, raw).string('id');
  const read: Reader = new Reader(
    `Scorecard '${scorecardId}', check '${id}'`,
    raw,
  );
  const check: CheckDefinition = {
    id,
    title: read.string('title'),
    metricId: read.string('metricId'),
    operator: read.oneOf('operator', OPERATORS),
    threshold: read.number('threshold'),
    weight: read.number('weight'),
    howToImprove: read.string('howToImprove'),
  };
  if (check.weight <= 0) {
    read.fail('weight', `must be positive, got ${check.weight}`);
  }
  return check;
}

function parseLevel(
  scorecardId: string,
  raw: unknown,
  index: number,
  checkIds: Set<string>,
) {
  const where = `Scorecard '${scorecardId}', levels[${index}]`;
  if (!isObject(raw)) {
    throw new InputError(`${where}: must be an object`);
  }
  const id = new Reader(where, raw).string('id');
  const read: Reader = new Reader(
    `Scorecard '${scorecardId}', level '${id}'`,
    raw,
  );
  const level: LevelDefinition = {
    id,
    title: read.string('title'),
    checks: read.list('checks').map((checkId, i) => {
      if (typeof checkId !== 'string' || !checkIds.has(checkId)) {
        read.fail(
          `checks[${i}]`,
          `names no check of this scorecard: ${shown(checkId)}`,
        );
      }
      return checkId;
    }),
  };
  return level;
}

function rejectDuplicates(ids: string[], message: (id: string) => string) {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      throw new InputError(message(id));
    }
    seen.add(id);
  }
}

function parseScorecard(raw: unknown, index: number): Scorecard {
  const where = `Scorecard scorecards[${index}]`;
  if (!isObject(raw)) {
    throw new InputError(`${where}: must be an object`);
  }
  const id = new Reader(where, raw).string('id');
  const read: Reader = new Reader(`Scorecard '${id}'`, raw);
  const title = read.string('title');
  const version = read.string('version');
  const target = read.oneOf('target', TARGETS);

  const checks = read
    .list('checks')
    .map((check, i) => parseCheck(id, check, i));
  rejectDuplicates(
    checks.map(c => c.id),
    checkId => `Scorecard '${id}': check id '${checkId}' is used twice`,
  );
  const checkIds = new Set(checks.map(c => c.id));

  const levels = read
    .list('levels')
    .map((level, i) => parseLevel(id, level, i, checkIds));
  rejectDuplicates(
    levels.map(l => l.id),
    levelId => `Scorecard '${id}': level id '${levelId}' is used twice`,
  );

  return { id, title, version, target, checks, levels };
}

/**
 * Validates a scorecard document (YAML already parsed into plain values) and
 * returns its scorecards.
 *
 * The document is an object with a `scorecards` list (or the list itself).
 * Each scorecard has `id`, `title`, `version` (a string), `target` (`package`,
 * `partner`, `group` or `community`), `checks` and `levels` (lowest first);
 * each check has `id`, `title`, `metricId`, `operator` (`>=`, `>`, `<=`, `<`,
 * `==`), a numeric `threshold`, a positive `weight` and a `howToImprove` text;
 * each level has `id`, `title` and `checks` (ids of checks of the same
 * scorecard). Unknown fields are dropped.
 *
 * Throws an `InputError` naming the scorecard and the field at fault, for
 * example on an unknown operator, a weight that is not positive, a level
 * naming an unknown check, a missing `howToImprove`, or a scorecard id, check
 * id, level id or target used twice.
 *
 * @public
 */
export function parseScorecardDocument(yamlValue: unknown): Scorecard[] {
  let list: unknown;
  if (Array.isArray(yamlValue)) {
    list = yamlValue;
  } else if (isObject(yamlValue)) {
    list = yamlValue.scorecards;
  }
  if (!Array.isArray(list)) {
    throw new InputError(
      'A scorecard document must have a list of scorecards under `scorecards`',
    );
  }
  const scorecards = list.map(parseScorecard);
  rejectDuplicates(
    scorecards.map(s => s.id),
    id => `Scorecard '${id}': id '${id}' is used by two scorecards`,
  );
  rejectDuplicates(
    scorecards.map(s => s.target),
    target =>
      `Scorecard '${
        scorecards.filter(s => s.target === target)[1].id
      }': target '${target}' already has a scorecard`,
  );
  return scorecards;
}
