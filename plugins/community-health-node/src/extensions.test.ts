import { stringifyEntityRef, type Entity } from '@backstage/catalog-model';
import {
  communityHealthMetricsExtensionPoint,
  type CommunityHealthMetricsExtensionPoint,
  type MetricContext,
  type MetricProvider,
} from './index';

describe('communityHealthMetricsExtensionPoint', () => {
  it('has the id the community health backend registers', () => {
    expect(communityHealthMetricsExtensionPoint.id).toBe(
      'community-health.metrics',
    );
  });

  it('takes providers that return values by entity ref for the entities they know', async () => {
    // A provider as a module would write it: one lookup for the whole batch,
    // nothing returned for entities it has no data for.
    const stars: Record<string, number> = { 'kestrel-flow': 120 };
    const provider: MetricProvider = {
      id: 'stars',
      definitions: [
        {
          id: 'stars.count',
          version: '1',
          title: 'Stars',
          description: 'Repository stars.',
          unit: 'count',
          source: 'stars',
          definition: 'Stars of the repository at the time of the run.',
        },
      ],
      async compute(entities) {
        const values = new Map();
        for (const entity of entities) {
          const count = stars[entity.metadata.name];
          if (count === undefined) continue;
          values.set(stringifyEntityRef(entity), [
            { metricId: 'stars.count', version: '1', value: count },
          ]);
        }
        return values;
      },
    };
    const added: MetricProvider[] = [];
    const extensionPoint: CommunityHealthMetricsExtensionPoint = {
      addMetricProvider: (...providers) => added.push(...providers),
    };
    extensionPoint.addMetricProvider(provider);

    const component = (name: string): Entity => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default' },
      spec: { type: 'library', owner: 'group:default/core-maintainers' },
    });
    const context: MetricContext = {
      now: new Date('2027-03-31T02:00:00Z'),
      windowDays: 90,
      logger: {
        info() {},
        warn() {},
        error() {},
        debug() {},
        child() {
          return this;
        },
      },
      entitiesByRef: new Map(),
    };
    const values = await added[0].compute(
      [component('kestrel-flow'), component('kestrel-lint')],
      context,
    );
    expect([...values.entries()]).toEqual([
      [
        'component:default/kestrel-flow',
        [{ metricId: 'stars.count', version: '1', value: 120 }],
      ],
    ]);
  });
});
