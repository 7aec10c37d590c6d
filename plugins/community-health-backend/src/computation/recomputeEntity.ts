import { Entity } from '@backstage/catalog-model';
import { InputError, NotFoundError } from '@backstage/errors';
import {
  EntityScore,
  scoreEntity,
} from '@community-hub/plugin-community-health-common';
import type { MetricContext } from '@community-hub/plugin-community-health-node';
import {
  ownerRefOf,
  packageRefsOfPartner,
  partnerRefsOfPackage,
  refOf,
} from '../catalog/entityFacts';
import type { ScoreRecord, StoredScore } from '../store/HealthStore';
import { normaliseRef } from '../store/rows';
import { computeMetrics } from './computeMetrics';
import type { ComputationDeps } from './runFullComputation';
import {
  asMember,
  communityFromStore,
  groupFromStore,
  partnerRecord,
  refreshRollUps,
} from './rollUps';
import { COMMUNITY_REF, targetOf } from './targets';

const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * What the providers of one entity look up: the entity, its owner, the
 * owner's members, its partners, and every partner's email domains (for
 * counting contributors by organization). Three catalog requests at once.
 */
async function contextFor(
  deps: ComputationDeps,
  entity: Entity,
  relatedRefs: string[],
  now: Date,
): Promise<MetricContext> {
  const ownerRef = ownerRefOf(entity);
  const [partners, related, members] = await Promise.all([
    deps.catalog.partnerDomains(),
    deps.catalog.getEntities(relatedRefs),
    ownerRef?.startsWith('group:')
      ? deps.catalog.usersInGroup(ownerRef)
      : Promise.resolve([]),
  ]);
  return {
    now,
    windowDays: deps.windowDays,
    logger: deps.logger,
    entitiesByRef: new Map(
      [...partners, ...related, ...members, entity].map(e => [refOf(e), e]),
    ),
  };
}

async function saveAndRefresh(
  deps: ComputationDeps,
  record: ScoreRecord,
  previous: StoredScore | undefined,
  now: Date,
): Promise<EntityScore> {
  await deps.store.saveScores([record]);
  await refreshRollUps(
    deps,
    {
      partnerRefs: [
        ...(record.partnerRefs ?? []),
        ...(previous?.partnerRefs ?? []),
      ],
      groupRefs: [record.ownerRef, previous?.ownerRef].filter(
        (ref): ref is string => Boolean(ref),
      ),
      community: true,
    },
    now,
  );
  return record.score;
}

/**
 * Recomputes one entity now: its providers run on it alone (with its owner,
 * the owner's members and its partners as context), it is scored and kept,
 * and the roll-ups containing it (its partners, owning groups, the
 * community) are brought up to date from the kept scores. Groups and the
 * community are rolled up again from what is kept.
 *
 * @throws NotFoundError when the catalog does not know the entity, and
 * InputError when no scorecard applies to it.
 */
export async function recomputeEntity(
  deps: ComputationDeps,
  entityRef: string,
  now: Date,
): Promise<EntityScore> {
  const ref = normaliseRef(entityRef);
  if (ref === COMMUNITY_REF) {
    const record = await communityFromStore(deps, now);
    if (!record) throw new InputError('No scorecard applies to the community');
    await deps.store.saveScores([record]);
    return record.score;
  }
  const started = performance.now();
  const entity = await deps.catalog.getEntity(ref);
  if (!entity) throw new NotFoundError(`No entity ${ref} in the catalog`);
  const target = targetOf(entity);
  const scorecard = target && deps.scorecards.forTarget(target);
  if (!target || !scorecard) {
    throw new InputError(
      `${ref} is not scored: scorecards apply to packages (Components of type library, framework or tool), partners, groups and the community`,
    );
  }
  if (target === 'group') {
    const record = await groupFromStore(deps, ref, now);
    if (!record) {
      throw new InputError(
        `${ref} owns no scored packages or partners, so it has no score`,
      );
    }
    await deps.store.saveScores([record]);
    return record.score;
  }

  const ownerRef = ownerRefOf(entity);
  const partnerRefs = target === 'package' ? partnerRefsOfPackage(entity) : [];
  const context = await contextFor(
    deps,
    entity,
    [ownerRef, ...partnerRefs].filter((r): r is string => Boolean(r)),
    now,
  );
  const catalogDone = performance.now();
  const [metrics, exemptions, [previous]] = await Promise.all([
    computeMetrics(deps.providers, [entity], context),
    deps.store.listExemptions({ entityRef: ref, today: today(now) }),
    deps.store.getScores([ref]),
  ]);
  const score = scoreEntity({
    entityRef: ref,
    scorecard,
    metrics: metrics.get(ref) ?? [],
    exemptions,
    now,
  });
  const metricsDone = performance.now();
  let record: ScoreRecord = { score, ownerRef, partnerRefs };
  if (target === 'partner') {
    const members = await deps.store.memberScores({
      targets: ['package'],
      entityRefs: packageRefsOfPartner(entity),
    });
    record = partnerRecord(deps, score, members.map(asMember), ownerRef, now);
  }
  const saved = await saveAndRefresh(deps, record, previous, now);
  const ms = (from: number, to = performance.now()) => Math.round(to - from);
  deps.logger.debug(
    `Recomputed ${ref} in ${ms(started)} ms: catalog ${ms(
      started,
      catalogDone,
    )} ms, metrics ${ms(catalogDone, metricsDone)} ms, scores and roll-ups ${ms(
      metricsDone,
    )} ms`,
  );
  return saved;
}
