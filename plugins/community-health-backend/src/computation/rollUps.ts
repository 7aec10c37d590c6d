import {
  EntityScore,
  rollUpScore,
} from '@community-hub/plugin-community-health-common';
import type {
  HealthStore,
  MemberScore,
  ScoreRecord,
  StoredScore,
} from '../store/HealthStore';
import { normaliseRef } from '../store/rows';
import { ScorecardSet } from '../scorecards/ScorecardSet';
import { COMMUNITY_REF } from './targets';

/** What roll-ups read and write. */
export interface RollUpDeps {
  store: HealthStore;
  scorecards: ScorecardSet;
}

/** A member as a roll-up reads it: its score and level are all that count. */
export function asMember(member: MemberScore): EntityScore {
  return {
    entityRef: member.entityRef,
    target: member.target,
    scorecardId: member.target,
    scorecardVersion: '',
    score: member.score,
    level: member.level,
    checks: [],
    metrics: [],
    computedAt: '',
  };
}

/** A partner's own score, as kept with its rolled-up one. */
export function ownScoreOf(stored: StoredScore): EntityScore | undefined {
  if (!stored.own) return undefined;
  const { rollUp, ...score } = stored.score;
  return { ...score, score: stored.own.score, level: stored.own.level };
}

/** A partner rolled up with the packages it sponsors or maintains. */
export function partnerRecord(
  deps: RollUpDeps,
  own: EntityScore,
  members: EntityScore[],
  ownerRef: string | undefined,
  now: Date,
): ScoreRecord {
  const scorecard = deps.scorecards.forTarget('partner')!;
  return {
    score: rollUpScore({
      entityRef: own.entityRef,
      scorecard,
      own,
      members,
      now,
    }),
    ownerRef,
    own: { score: own.score, level: own.level },
  };
}

async function partnerFromStore(
  deps: RollUpDeps,
  partnerRef: string,
  now: Date,
): Promise<ScoreRecord | undefined> {
  const [stored] = await deps.store.getScores([partnerRef]);
  const own = stored && ownScoreOf(stored);
  if (!own || !deps.scorecards.forTarget('partner')) return undefined;
  const members = await deps.store.memberScores({
    targets: ['package'],
    partnerRef,
  });
  return partnerRecord(deps, own, members.map(asMember), stored.ownerRef, now);
}

/** A group's roll-up of the packages and partners it owns; undefined when it owns none. */
export async function groupFromStore(
  deps: RollUpDeps,
  groupRef: string,
  now: Date,
): Promise<ScoreRecord | undefined> {
  const scorecard = deps.scorecards.forTarget('group');
  if (!scorecard) return undefined;
  const members = await deps.store.memberScores({
    targets: ['package', 'partner'],
    ownerRef: groupRef,
  });
  if (members.length === 0) return undefined;
  return {
    score: rollUpScore({
      entityRef: normaliseRef(groupRef),
      scorecard,
      members: members.map(asMember),
      now,
    }),
  };
}

/** The community's roll-up of every package and partner. */
export async function communityFromStore(
  deps: RollUpDeps,
  now: Date,
): Promise<ScoreRecord | undefined> {
  const scorecard = deps.scorecards.forTarget('community');
  if (!scorecard) return undefined;
  const members = await deps.store.memberScores({
    targets: ['package', 'partner'],
  });
  return {
    score: rollUpScore({
      entityRef: COMMUNITY_REF,
      scorecard,
      members: members.map(asMember),
      now,
    }),
  };
}

/**
 * Brings the roll-ups that contain a changed entity up to date from the
 * kept scores: its partners first, then the groups owning it or those
 * partners, then the community.
 */
export async function refreshRollUps(
  deps: RollUpDeps,
  changed: { partnerRefs: string[]; groupRefs: string[]; community: boolean },
  now: Date,
): Promise<void> {
  const groups = new Set(changed.groupRefs.map(normaliseRef));
  for (const partnerRef of new Set(changed.partnerRefs.map(normaliseRef))) {
    const record = await partnerFromStore(deps, partnerRef, now);
    if (!record) continue;
    await deps.store.saveScores([record]);
    if (record.ownerRef) groups.add(normaliseRef(record.ownerRef));
  }
  for (const groupRef of groups) {
    if (!groupRef.startsWith('group:')) continue;
    const record = await groupFromStore(deps, groupRef, now);
    if (record) await deps.store.saveScores([record]);
  }
  if (changed.community) {
    const record = await communityFromStore(deps, now);
    if (record) await deps.store.saveScores([record]);
  }
}
