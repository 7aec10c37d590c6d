import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  EntityScore,
  Exemption,
  rollUpScore,
  scoreEntity,
} from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import { CatalogReader } from '../catalog/CatalogReader';
import {
  ownerRefOf,
  packageRefsOfPartner,
  refOf,
} from '../catalog/entityFacts';
import type { ScoreRecord } from '../store/HealthStore';
import { computeMetrics } from './computeMetrics';
import { partnerRecord, RollUpDeps } from './rollUps';
import { COMMUNITY_REF, targetOf } from './targets';

/** Everything a computation needs. */
export interface ComputationDeps extends RollUpDeps {
  providers: MetricProvider[];
  catalog: CatalogReader;
  logger: LoggerService;
  windowDays: number;
  retention: { dailyDays: number; weeklyDays: number };
}

/** Entities scored per provider call; progress is written after each batch. */
export const BATCH_SIZE = 500;

function groupByEntity(exemptions: Exemption[]): Map<string, Exemption[]> {
  const out = new Map<string, Exemption[]>();
  for (const e of exemptions) {
    const ref = e.entityRef.toLocaleLowerCase('en-US');
    out.set(ref, [...(out.get(ref) ?? []), e]);
  }
  return out;
}

/**
 * One full computation: reads the catalog, runs every provider over the
 * packages and partners in batches, scores them, rolls partners (with their
 * packages), groups (what they own) and the community (every package and
 * partner) up, keeps the latest scores and today's snapshots, forgets
 * entities that left the catalog and applies the retention policy.
 * Progress goes into the run row after every batch.
 */
export async function runFullComputation(
  deps: ComputationDeps,
  options: {
    now: Date;
    onProgress(progress: { total?: number; done: number }): Promise<void>;
  },
): Promise<{ scored: number }> {
  const { now, onProgress } = options;
  const { store, scorecards, logger } = deps;
  const entities = await deps.catalog.loadRunEntities();
  const entitiesByRef = new Map(entities.map(e => [refOf(e), e]));
  const byTarget = {
    package: [] as Entity[],
    partner: [] as Entity[],
    group: [] as Entity[],
  };
  for (const entity of entities) {
    const target = targetOf(entity);
    if (target && target !== 'community' && scorecards.forTarget(target)) {
      byTarget[target].push(entity);
    }
  }
  const partnersOfPackage = new Map<string, string[]>();
  for (const partner of byTarget.partner) {
    for (const pkg of packageRefsOfPartner(partner)) {
      partnersOfPackage.set(pkg, [
        ...(partnersOfPackage.get(pkg) ?? []),
        refOf(partner),
      ]);
    }
  }
  const exemptions = groupByEntity(
    await store.listExemptions({ today: now.toISOString().slice(0, 10) }),
  );
  const scored = [...byTarget.package, ...byTarget.partner];
  const total = scored.length + byTarget.group.length + 1;
  let done = 0;
  await onProgress({ total, done });

  const context: MetricContext = {
    now,
    windowDays: deps.windowDays,
    logger,
    entitiesByRef,
  };
  const finalScores = new Map<string, EntityScore>();
  const ownScores = new Map<string, EntityScore>();
  for (let start = 0; start < scored.length; start += BATCH_SIZE) {
    const batch = scored.slice(start, start + BATCH_SIZE);
    const metrics = await computeMetrics(deps.providers, batch, context);
    const records: ScoreRecord[] = [];
    for (const entity of batch) {
      const ref = refOf(entity);
      const target = targetOf(entity)!;
      const score = scoreEntity({
        entityRef: ref,
        scorecard: scorecards.forTarget(target)!,
        metrics: metrics.get(ref) ?? [],
        exemptions: exemptions.get(ref) ?? [],
        now,
      });
      if (target === 'partner') {
        ownScores.set(ref, score);
      } else {
        finalScores.set(ref, score);
        records.push({
          score,
          ownerRef: ownerRefOf(entity),
          partnerRefs: partnersOfPackage.get(ref) ?? [],
        });
      }
    }
    await store.saveScores(records);
    done += batch.length;
    await onProgress({ done });
  }

  // Partners: their own checks with the packages they sponsor or maintain
  const partnerRecords = byTarget.partner.map(partner => {
    const members = packageRefsOfPartner(partner).flatMap(
      ref => finalScores.get(ref) ?? [],
    );
    const record = partnerRecord(
      deps,
      ownScores.get(refOf(partner))!,
      members,
      ownerRefOf(partner),
      now,
    );
    finalScores.set(record.score.entityRef, record.score);
    return record;
  });
  await store.saveScores(partnerRecords);

  // Groups: the packages and partners they own
  const owned = new Map<string, EntityScore[]>();
  for (const entity of scored) {
    const owner = ownerRefOf(entity);
    if (!owner) continue;
    owned.set(owner, [
      ...(owned.get(owner) ?? []),
      finalScores.get(refOf(entity))!,
    ]);
  }
  const groupScorecard = scorecards.forTarget('group');
  const groupRecords: ScoreRecord[] = [];
  for (const group of byTarget.group) {
    const members = owned.get(refOf(group)) ?? [];
    if (members.length === 0 || !groupScorecard) continue;
    groupRecords.push({
      score: rollUpScore({
        entityRef: refOf(group),
        scorecard: groupScorecard,
        members,
        now,
      }),
    });
  }
  await store.saveScores(groupRecords);
  done += byTarget.group.length;
  await onProgress({ done });

  // The community: every package and partner
  const communityScorecard = scorecards.forTarget('community');
  if (communityScorecard) {
    await store.saveScores([
      {
        score: rollUpScore({
          entityRef: COMMUNITY_REF,
          scorecard: communityScorecard,
          members: [...finalScores.values()],
          now,
        }),
      },
    ]);
  }
  done += 1;

  const forgotten = await store.deleteScoresComputedBefore(now.toISOString());
  const pruned = await store.pruneSnapshots({
    today: now.toISOString().slice(0, 10),
    ...deps.retention,
  });
  await onProgress({ done });
  logger.info(
    `Community health computed for ${scored.length} packages and partners, ${groupRecords.length} groups and the community; ${forgotten} entities no longer in the catalog forgotten, ${pruned} snapshots thinned`,
  );
  return { scored: scored.length + groupRecords.length + 1 };
}
