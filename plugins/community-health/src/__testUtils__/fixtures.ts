import type { Entity } from '@backstage/catalog-model';
import type {
  CommunityHealthApi,
  ComputationRun,
  EntityHealth,
  EntityScore,
  Exemption,
  HealthDashboard,
  MetricDefinition,
  Scorecard,
} from '@community-hub/plugin-community-health-common';

/** Metric definitions for the units of the checks below. */
export const definitions: MetricDefinition[] = [
  ['catalog.has-owner', 'Has an owner', 'boolean'],
  ['catalog.has-techdocs', 'Has TechDocs', 'boolean'],
  ['catalog.active-maintainers', 'Active maintainers', 'count'],
  ['support.first-response-within-target', 'Answered within target', 'share'],
  [
    'contributions.contributor-absence-factor',
    'Contributor absence factor',
    'count',
  ],
  ['calendar.events-held', 'Events held', 'count'],
].map(([id, title, unit]) => ({
  id,
  version: '1',
  title,
  description: title,
  unit: unit as MetricDefinition['unit'],
  source: id.split('.')[0],
  definition: title,
}));

/** A mocked community health API whose every method is a jest mock. */
export type MockCommunityHealthApi = {
  [K in keyof CommunityHealthApi]: jest.Mock;
};

/** A community health API that fails loudly when a test did not expect a call. */
export function mockCommunityHealthApi(
  overrides: Partial<MockCommunityHealthApi> = {},
): MockCommunityHealthApi {
  const unexpected = (name: string) =>
    jest.fn(() => Promise.reject(new Error(`unexpected call to ${name}`)));
  return {
    listScorecards: unexpected('listScorecards'),
    listMetricDefinitions: jest.fn().mockResolvedValue({ items: definitions }),
    getDashboard: unexpected('getDashboard'),
    listScores: unexpected('listScores'),
    getEntityHealth: unexpected('getEntityHealth'),
    recompute: unexpected('recompute'),
    addExemption: unexpected('addExemption'),
    revokeExemption: unexpected('revokeExemption'),
    listExemptions: unexpected('listExemptions'),
    startRun: unexpected('startRun'),
    getLatestRun: unexpected('getLatestRun'),
    ...overrides,
  };
}

/** An error shaped like the `ResponseError` the community health client throws. */
export function responseError(statusCode: number, message: string) {
  return Object.assign(new Error(`Request failed with ${statusCode}`), {
    name: 'ResponseError',
    statusCode,
    body: { error: { name: 'Error', message } },
  });
}

/** The package Kestrel Flow, a library. */
export const kestrelFlow: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-flow', namespace: 'default' },
  spec: {
    type: 'library',
    owner: 'group:default/core-maintainers',
    lifecycle: 'production',
  },
};

/** The ref the backend uses for {@link kestrelFlow}. */
export const KESTREL_FLOW = 'component:default/kestrel-flow';

/**
 * A package scorecard of six checks (weights add up to 13):
 *
 * | check           | metric                                   | weight | level  |
 * | has-owner       | catalog.has-owner == 1                   | 3      | bronze |
 * | has-docs        | catalog.has-techdocs == 1                | 2      | bronze |
 * | two-maintainers | catalog.active-maintainers >= 2          | 3      | silver |
 * | first-response  | support.first-response-within-target >= 0.9 | 2   | silver |
 * | work-shared     | contributions.contributor-absence-factor >= 3 | 2 | gold   |
 * | events          | calendar.events-held >= 1                | 1      | gold   |
 */
export const packageScorecard: Scorecard = {
  id: 'package',
  title: 'Package health',
  version: '4',
  target: 'package',
  checks: [
    {
      id: 'has-owner',
      title: 'Has an owning team',
      metricId: 'catalog.has-owner',
      operator: '==',
      threshold: 1,
      weight: 3,
      howToImprove: 'Set `spec.owner` in `catalog-info.yaml`.',
    },
    {
      id: 'has-docs',
      title: 'Has documentation',
      metricId: 'catalog.has-techdocs',
      operator: '==',
      threshold: 1,
      weight: 2,
      howToImprove: 'Add a TechDocs site.',
    },
    {
      id: 'two-maintainers',
      title: 'At least two active maintainers',
      metricId: 'catalog.active-maintainers',
      operator: '>=',
      threshold: 2,
      weight: 3,
      howToImprove: 'Nominate a **regular reviewer** as a second maintainer.',
    },
    {
      id: 'first-response',
      title: 'Answers support requests in time',
      metricId: 'support.first-response-within-target',
      operator: '>=',
      threshold: 0.9,
      weight: 2,
      howToImprove: 'Share the support rota.',
    },
    {
      id: 'work-shared',
      title: 'Work well shared',
      metricId: 'contributions.contributor-absence-factor',
      operator: '>=',
      threshold: 3,
      weight: 2,
      howToImprove: 'Pair new contributors with *experienced* ones.',
    },
    {
      id: 'events',
      title: 'Featured at an event',
      metricId: 'calendar.events-held',
      operator: '>=',
      threshold: 1,
      weight: 1,
      howToImprove: 'Present the package at a community call.',
    },
  ],
  levels: [
    {
      id: 'bronze',
      title: 'Bronze - looked after',
      checks: ['has-owner', 'has-docs'],
    },
    {
      id: 'silver',
      title: 'Silver - responsive',
      checks: ['two-maintainers', 'first-response'],
    },
    {
      id: 'gold',
      title: 'Gold - sustainable',
      checks: ['work-shared', 'events'],
    },
  ],
};

/**
 * Kestrel Flow's score: owner and docs pass, one maintainer of two fails,
 * answers in time pass (95%), work-shared has no data, events are exempt.
 * Weights counted (not exempt): 3 + 2 + 3 + 2 + 2 = 12; passing: 3 + 2 + 2 = 7;
 * score = 100 * 7 / 12 = 58.33, rounded 58.3. Level bronze (silver fails on
 * the maintainers).
 */
export const kestrelFlowScore: EntityScore = {
  entityRef: KESTREL_FLOW,
  target: 'package',
  scorecardId: 'package',
  scorecardVersion: '4',
  score: 58.3,
  level: 'bronze',
  checks: [
    { checkId: 'has-owner', status: 'pass', value: 1 },
    { checkId: 'has-docs', status: 'pass', value: 1 },
    { checkId: 'two-maintainers', status: 'fail', value: 1 },
    { checkId: 'first-response', status: 'pass', value: 0.95 },
    { checkId: 'work-shared', status: 'missing', value: null },
    { checkId: 'events', status: 'exempt', value: 0 },
  ],
  metrics: [
    { metricId: 'catalog.has-owner', version: '1', value: 1 },
    { metricId: 'catalog.has-techdocs', version: '1', value: 1 },
    { metricId: 'catalog.active-maintainers', version: '1', value: 1 },
    {
      metricId: 'support.first-response-within-target',
      version: '1',
      value: 0.95,
    },
    {
      metricId: 'contributions.contributor-absence-factor',
      version: '1',
      value: null,
      note: 'No repository found for this package',
    },
    { metricId: 'calendar.events-held', version: '1', value: 0 },
  ],
  computedAt: '2026-11-30T04:00:00.000Z',
};

/** An exemption of Kestrel Flow; active unless overridden. */
export function exemption(overrides: Partial<Exemption> = {}): Exemption {
  return {
    id: 7,
    entityRef: KESTREL_FLOW,
    checkId: 'events',
    justification:
      'A command-line tool; events are run by the Kestrel core team.',
    expiresOn: '2099-06-30',
    createdByRef: 'user:default/aisha.rahman',
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

/** Kestrel Flow's Health tab as the backend returns it. */
export function kestrelFlowHealth(
  overrides: Partial<EntityHealth> = {},
): EntityHealth {
  return {
    score: kestrelFlowScore,
    scorecard: packageScorecard,
    exemptions: [exemption()],
    history: [
      { date: '2026-09-01', score: 50, level: 'bronze', scorecardVersion: '4' },
      { date: '2026-10-15', score: 55, level: 'bronze', scorecardVersion: '4' },
      {
        date: '2026-11-30',
        score: 58.3,
        level: 'bronze',
        scorecardVersion: '4',
      },
    ],
    can: { exempt: true, recompute: true },
    ...overrides,
  };
}

/** A full computation, running at 3,400 of 10,000 unless overridden. */
export function run(overrides: Partial<ComputationRun> = {}): ComputationRun {
  return {
    id: 12,
    status: 'running',
    trigger: 'schedule',
    total: 10_000,
    done: 3_400,
    startedAt: '2026-11-30T04:00:00.000Z',
    ...overrides,
  };
}

/**
 * The dashboard: the community at 64.5 and silver, rolled up from 14
 * entities (2 gold, 5 silver, 4 bronze, 3 with no level).
 */
export function dashboard(
  overrides: Partial<HealthDashboard> = {},
): HealthDashboard {
  return {
    community: {
      entityRef: 'community:default/kestrel',
      target: 'community',
      scorecardId: 'community',
      scorecardVersion: '1',
      score: 64.5,
      level: 'silver',
      checks: [],
      metrics: [],
      rollUp: {
        entityCount: 14,
        levelCounts: { none: 3, bronze: 4, silver: 5, gold: 2 },
      },
      computedAt: '2026-11-30T04:00:00.000Z',
    },
    history: [
      { date: '2026-09-01', score: 60, level: 'silver', scorecardVersion: '1' },
      {
        date: '2026-10-01',
        score: 62.5,
        level: 'silver',
        scorecardVersion: '1',
      },
      {
        date: '2026-11-30',
        score: 64.5,
        level: 'silver',
        scorecardVersion: '1',
      },
    ],
    levelDistribution: { gold: 2, none: 3, silver: 5, bronze: 4 },
    movers: [
      { entityRef: KESTREL_FLOW, target: 'package', from: 58.3, to: 77.8 },
      {
        entityRef: 'partner:default/northwind-data',
        target: 'partner',
        from: 70,
        to: 64,
      },
    ],
    worst: [
      {
        entityRef: 'component:default/kestrel-lint',
        target: 'package',
        score: 21.4,
        level: null,
      },
      {
        entityRef: 'group:default/docs-team',
        target: 'group',
        score: 40,
        level: 'bronze',
      },
    ],
    latestRun: run({
      status: 'succeeded',
      done: 10_000,
      finishedAt: '2026-11-30T04:05:00.000Z',
    }),
    ...overrides,
  };
}
