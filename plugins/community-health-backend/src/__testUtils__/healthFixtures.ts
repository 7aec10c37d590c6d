import { mockServices } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  MetricValue,
  Scorecard,
} from '@community-hub/plugin-community-health-common';
import type { MetricProvider } from '@community-hub/plugin-community-health-node';
import { CatalogReader } from '../catalog/CatalogReader';
import type { ComputationDeps } from '../computation/runFullComputation';
import { ScorecardSet } from '../scorecards/ScorecardSet';
import type { HealthStore } from '../store/HealthStore';
import { testGroup, testPackage, testPartner, testUser } from './testEntities';

const check = (id: string, metricId: string, weight: number) => ({
  id,
  title: id,
  metricId,
  operator: '>=' as const,
  threshold: 1,
  weight,
  howToImprove: `Raise ${metricId}.`,
});

const rollUpLevels = [
  { id: 'bronze', title: 'Bronze', checks: [] },
  { id: 'silver', title: 'Silver', checks: [] },
];

/**
 * Small scorecards whose results are easy to work out by hand:
 * packages: `a` (weight 3, bronze) and `b` (weight 1, silver);
 * partners: `p` (bronze) and `q` (silver), weight 1 each;
 * groups and the community: roll-ups with bronze and silver.
 */
export const testScorecards = new ScorecardSet([
  {
    id: 'package',
    title: 'Package',
    version: '3',
    target: 'package',
    checks: [check('a', 'test.a', 3), check('b', 'test.b', 1)],
    levels: [
      { id: 'bronze', title: 'Bronze', checks: ['a'] },
      { id: 'silver', title: 'Silver', checks: ['b'] },
    ],
  },
  {
    id: 'partner',
    title: 'Partner',
    version: '1',
    target: 'partner',
    checks: [check('p', 'test.p', 1), check('q', 'test.q', 1)],
    levels: [
      { id: 'bronze', title: 'Bronze', checks: ['p'] },
      { id: 'silver', title: 'Silver', checks: ['q'] },
    ],
  },
  {
    id: 'group',
    title: 'Group',
    version: '1',
    target: 'group',
    checks: [],
    levels: rollUpLevels,
  },
  {
    id: 'community',
    title: 'Community',
    version: '1',
    target: 'community',
    checks: [],
    levels: rollUpLevels,
  },
] as Scorecard[]);

export const FLOW = 'component:default/kestrel-flow';
export const RETRY = 'component:default/kestrel-retry';
export const LINT = 'component:default/kestrel-lint';
export const NIMBUS = 'partner:default/nimbus-cloud';
export const CORE = 'group:default/core-maintainers';
export const TOOLING = 'group:default/tooling-maintainers';
export const PARTNERSHIPS = 'group:default/partnerships';

/**
 * The catalog of the computation tests: kestrel-flow and kestrel-retry
 * owned by core-maintainers, kestrel-lint by tooling-maintainers, the
 * partner nimbus-cloud (owned by partnerships) sponsoring kestrel-flow and
 * maintaining kestrel-lint; people; and things that are not scored.
 */
export function testCatalog(): Entity[] {
  return [
    testPackage('kestrel-flow', {
      relations: [{ type: 'sponsoredBy', targetRef: NIMBUS }],
    }),
    testPackage('kestrel-retry'),
    testPackage('kestrel-lint', {
      owner: TOOLING,
      relations: [{ type: 'maintainedBy', targetRef: NIMBUS }],
    }),
    testPartner('nimbus-cloud', {
      owner: PARTNERSHIPS,
      sponsors: [FLOW],
      maintains: ['kestrel-lint'],
    }),
    testGroup('core-maintainers', ['user:default/mei.tanaka']),
    testGroup('tooling-maintainers', ['user:default/sam.lee']),
    testGroup('partnerships', []),
    testGroup('steering-committee', []),
    testUser('mei.tanaka', [CORE]),
    testUser('sam.lee', [TOOLING]),
    // Not scored: a service and a learning path
    testPackage('portal', { type: 'service' }),
    testPackage('intro-course', { type: 'learning-path' }),
  ];
}

/** A provider whose values are set by the test, by entity ref. */
export function testProvider(
  values: Record<string, Record<string, number | null>>,
): MetricProvider & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    id: 'test',
    calls,
    definitions: ['a', 'b', 'p', 'q'].map(name => ({
      id: `test.${name}`,
      version: '1',
      title: name,
      description: name,
      unit: 'count',
      source: 'test',
      definition: `The test value ${name}.`,
    })),
    async compute(entities) {
      calls.push(entities.map(e => stringifyEntityRef(e)));
      const out = new Map<string, MetricValue[]>();
      for (const entity of entities) {
        const ref = stringifyEntityRef(entity);
        const mine = values[ref];
        if (!mine) continue;
        out.set(
          ref,
          Object.entries(mine).map(([metric, value]) => ({
            metricId: `test.${metric}`,
            version: '1',
            value,
          })),
        );
      }
      return out;
    },
  };
}

/** The values behind the hand-worked results of the computation tests. */
export const testValues = {
  // a and b pass: 100, silver
  [FLOW]: { a: 1, b: 1 },
  // a passes (3 of 4): 75, bronze
  [RETRY]: { a: 1, b: 0 },
  // only b passes (1 of 4): 25, no level (a is a bronze check)
  [LINT]: { a: 0, b: 1 },
  // own: p passes, q fails: 50, bronze
  [NIMBUS]: { p: 1, q: 0 },
};

/** Computation dependencies over a store and an in-memory catalog. */
export function testComputation(
  store: HealthStore,
  options: { entities?: () => Entity[]; provider?: MetricProvider } = {},
): ComputationDeps & {
  catalogService: ReturnType<typeof catalogServiceMock.mock>;
} {
  const entities = options.entities ?? testCatalog;
  const catalogService = catalogServiceMock.mock();
  const inMemory = () => catalogServiceMock({ entities: entities() });
  catalogService.queryEntities.mockImplementation((...args) =>
    inMemory().queryEntities(...args),
  );
  catalogService.getEntityByRef.mockImplementation((...args) =>
    inMemory().getEntityByRef(...args),
  );
  catalogService.getEntitiesByRefs.mockImplementation((...args) =>
    inMemory().getEntitiesByRefs(...args),
  );
  return {
    store,
    scorecards: testScorecards,
    providers: [options.provider ?? testProvider(testValues)],
    catalog: new CatalogReader(catalogService, mockServices.auth()),
    logger: mockServices.logger.mock(),
    windowDays: 90,
    retention: { dailyDays: 90, weeklyDays: 730 },
    catalogService,
  };
}
