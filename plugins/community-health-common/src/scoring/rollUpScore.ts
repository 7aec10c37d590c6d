import type { EntityScore, Scorecard } from '../types';
import { roundScore } from './roundScore';

/**
 * The key of `rollUp.levelCounts` for members below the lowest level.
 *
 * @public
 */
export const NO_LEVEL_KEY = 'none';

/** @public */
export interface RollUpScoreInput {
  /** The entity the roll-up is for: a group, a partner or the community. */
  entityRef: string;
  /**
   * The roll-up scorecard. Its levels give the order of the level ids the
   * members reached, so it uses the same level ids as the members' scorecards.
   */
  scorecard: Scorecard;
  /** The scores of the entities rolled up (a group's packages, a partner's sponsored packages). */
  members: EntityScore[];
  /** The entity's own score against its own checks, when it has any (partners). */
  own?: EntityScore;
  now: Date;
}

/**
 * Rolls the scores of several entities up into one, for groups (the entities
 * they own), partners (the packages they sponsor) and the community
 * (every package and partner).
 *
 * The rule:
 *
 * - score: the mean of the members' scores. When the entity has its own score
 *   (`own`), that counts as much as all members together: the result is the
 *   mean of `own.score` and the members' mean. Rounded to one decimal.
 * - level: the highest level reached by at least half of the members (a member
 *   at gold also counts as reaching silver and bronze) and, when given, by
 *   `own` as well.
 * - `rollUp`: how many members were rolled up and how many are at each level
 *   exactly (members below the lowest level are counted under `none`).
 *
 * With no members the result is `own` alone (score and level); with neither,
 * the score is 0 and there is no level.
 *
 * @public
 */
export function rollUpScore(input: RollUpScoreInput): EntityScore {
  const { entityRef, scorecard, members, own, now } = input;
  const order = scorecard.levels.map(level => level.id);
  const rank = (level: string | null) =>
    level === null ? -1 : order.indexOf(level);

  const membersMean =
    members.length > 0
      ? members.reduce((sum, member) => sum + member.score, 0) / members.length
      : undefined;
  let score = 0;
  if (own && membersMean !== undefined) {
    score = (own.score + membersMean) / 2;
  } else if (own) {
    score = own.score;
  } else if (membersMean !== undefined) {
    score = membersMean;
  }

  let level: string | null = null;
  if (own || members.length > 0) {
    for (let index = 0; index < order.length; index++) {
      const reaching = members.filter(m => rank(m.level) >= index).length;
      const byMembers = reaching * 2 >= members.length;
      const byOwn = !own || rank(own.level) >= index;
      if (!byMembers || !byOwn) break;
      level = order[index];
    }
  }

  const levelCounts: Record<string, number> = { [NO_LEVEL_KEY]: 0 };
  for (const id of order) levelCounts[id] = 0;
  for (const member of members) {
    const key =
      member.level !== null && rank(member.level) >= 0
        ? member.level
        : NO_LEVEL_KEY;
    levelCounts[key] += 1;
  }

  return {
    entityRef,
    target: scorecard.target,
    scorecardId: scorecard.id,
    scorecardVersion: scorecard.version,
    score: roundScore(score),
    level,
    checks: own?.checks ?? [],
    metrics: own?.metrics ?? [],
    rollUp: { entityCount: members.length, levelCounts },
    computedAt: now.toISOString(),
  };
}
