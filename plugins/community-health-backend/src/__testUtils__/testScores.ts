import type {
  EntityScore,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';

/** A small scored result for store and route tests. */
export function testScore(
  entityRef: string,
  score: number,
  level: string | null,
  computedAt: string,
  more: Partial<EntityScore> = {},
): EntityScore {
  const kind = entityRef.slice(0, entityRef.indexOf(':'));
  const targets: Record<string, ScorecardTarget> = {
    partner: 'partner',
    group: 'group',
    community: 'community',
  };
  const target = targets[kind] ?? 'package';
  return {
    entityRef,
    target,
    scorecardId: target,
    scorecardVersion: '1',
    score,
    level,
    checks: [],
    metrics: [],
    computedAt,
    ...more,
  };
}
