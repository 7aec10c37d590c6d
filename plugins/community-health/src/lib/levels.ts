import {
  NO_LEVEL_KEY,
  type CheckDefinition,
  type CheckResult,
  type Scorecard,
} from '@community-hub/plugin-community-health-common';

/** The badge colours of the levels the community uses; other levels get the theme's. */
export const LEVEL_COLOURS: Record<
  string,
  { background: string; text: string }
> = {
  bronze: { background: '#a0612b', text: '#ffffff' },
  silver: { background: '#c7cbd1', text: '#1b1b1b' },
  gold: { background: '#e3b53b', text: '#1b1b1b' },
};

const KNOWN_ORDER = [NO_LEVEL_KEY, 'bronze', 'silver', 'gold'];

/** A level's title: the scorecard's when it has one, else the id capitalised; "No level" for none. */
export function levelTitle(
  level: string | null | undefined,
  scorecard?: Scorecard | null,
): string {
  if (!level || level === NO_LEVEL_KEY) return 'No level';
  const defined = scorecard?.levels.find(l => l.id === level)?.title;
  return defined ?? level.charAt(0).toLocaleUpperCase('en-US') + level.slice(1);
}

/**
 * Level ids from lowest to highest: no level, bronze, silver, gold, then any
 * others in alphabetical order.
 */
export function orderLevels(levels: string[]): string[] {
  const rank = (level: string) => {
    const index = KNOWN_ORDER.indexOf(level);
    return index === -1 ? KNOWN_ORDER.length : index;
  };
  return [...levels].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en'),
  );
}

/** A level above the entity's, with the checks still in its way. */
export interface LevelGap {
  levelId: string;
  title: string;
  /** Checks of this level and the levels below that neither pass nor are exempt. */
  missing: CheckDefinition[];
}

/**
 * What stands between an entity and each level it has not reached. Levels are
 * cumulative, so a level's gap also lists the unmet checks of lower levels.
 */
export function levelGaps(
  scorecard: Scorecard,
  currentLevel: string | null,
  results: CheckResult[],
): LevelGap[] {
  const statusOf = new Map(results.map(r => [r.checkId, r.status]));
  const checksById = new Map(scorecard.checks.map(c => [c.id, c]));
  const reachedIndex = scorecard.levels.findIndex(l => l.id === currentLevel);
  const gaps: LevelGap[] = [];
  const unmet: CheckDefinition[] = [];
  scorecard.levels.forEach((level, index) => {
    for (const checkId of level.checks) {
      const status = statusOf.get(checkId);
      const check = checksById.get(checkId);
      if (check && status !== 'pass' && status !== 'exempt') unmet.push(check);
    }
    if (index > reachedIndex) {
      gaps.push({ levelId: level.id, title: level.title, missing: [...unmet] });
    }
  });
  return gaps;
}
