import {
  EntityScore,
  scoreEntity,
} from '@community-hub/plugin-community-health-common';
import type { ScoreRecord } from '../store/HealthStore';
import { normaliseRef } from '../store/rows';
import {
  asMember,
  ownScoreOf,
  partnerRecord,
  refreshRollUps,
  RollUpDeps,
} from './rollUps';

/**
 * Scores an entity again from its kept metric values, after its exemptions
 * changed: no provider runs, so it is immediate. Its roll-ups follow.
 * Returns the new score, or undefined when the entity has not been scored
 * yet (the next computation takes the exemption in).
 */
export async function rescoreEntity(
  deps: RollUpDeps,
  entityRef: string,
  now: Date,
): Promise<EntityScore | undefined> {
  const ref = normaliseRef(entityRef);
  const [stored] = await deps.store.getScores([ref]);
  if (!stored) return undefined;
  const { target } = stored.score;
  const scorecard = deps.scorecards.forTarget(target);
  if (!scorecard || target === 'group' || target === 'community') {
    return stored.score;
  }
  const exemptions = await deps.store.listExemptions({
    entityRef: ref,
    today: now.toISOString().slice(0, 10),
  });
  const metrics =
    target === 'partner'
      ? ownScoreOf(stored)?.metrics ?? []
      : stored.score.metrics;
  const score = scoreEntity({
    entityRef: ref,
    scorecard,
    metrics,
    exemptions,
    now,
  });
  let record: ScoreRecord;
  if (target === 'partner') {
    const members = await deps.store.memberScores({
      targets: ['package'],
      partnerRef: ref,
    });
    record = partnerRecord(
      deps,
      score,
      members.map(asMember),
      stored.ownerRef,
      now,
    );
  } else {
    record = {
      score,
      ownerRef: stored.ownerRef,
      partnerRefs: stored.partnerRefs,
    };
  }
  await deps.store.saveScores([record]);
  await refreshRollUps(
    deps,
    {
      partnerRefs: stored.partnerRefs,
      groupRefs: stored.ownerRef ? [stored.ownerRef] : [],
      community: true,
    },
    now,
  );
  return record.score;
}
