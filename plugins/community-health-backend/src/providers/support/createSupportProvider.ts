import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { MetricValue } from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import type {
  QueueMetricsList,
  SupportApi,
  SupportMetrics,
} from '@community-hub/plugin-support-common';
import { refOf } from '../../catalog/entityFacts';
import { supportMetricDefinitions } from './supportMetricDefinitions';

/** What the provider asks of the support API. */
export type SupportMetricsSource = Pick<
  SupportApi,
  'listQueues' | 'getQueueMetrics'
>;

const VERSION = '1';
const IDS = supportMetricDefinitions.map(d => d.id);

type QueueNumbers = SupportMetrics & { queueId: string };

/** The support numbers of a run, by lower-cased entity ref, or why there are none. */
type SupportData =
  | { ok: true; byEntity: Map<string, QueueNumbers[]> }
  | { ok: false; note: string };

const allMissing = (note: string): MetricValue[] =>
  IDS.map(metricId => ({ metricId, version: VERSION, value: null, note }));

function valuesOf(queues: QueueNumbers[]): MetricValue[] {
  // Medians and shares cannot be added up: the busiest queue stands for the entity.
  const busiest = [...queues].sort(
    (a, b) => b.timeToFirstResponse.count - a.timeToFirstResponse.count,
  )[0];
  const sum = (pick: (q: QueueNumbers) => number) =>
    queues.reduce((total, q) => total + pick(q), 0);
  const median = busiest.timeToFirstResponse.medianHours;
  const share = busiest.withinTargetShare;
  return [
    median === null
      ? {
          metricId: 'support.median-first-response-hours',
          version: VERSION,
          value: null,
          note: 'no question got a first response in the window',
        }
      : {
          metricId: 'support.median-first-response-hours',
          version: VERSION,
          value: median,
        },
    share === null
      ? {
          metricId: 'support.first-response-within-target',
          version: VERSION,
          value: null,
          note: 'no first response was due in the window',
        }
      : {
          metricId: 'support.first-response-within-target',
          version: VERSION,
          value: share,
        },
    {
      metricId: 'support.backlog',
      version: VERSION,
      value: sum(q => q.backlog),
    },
    {
      metricId: 'support.breaches',
      version: VERSION,
      value: sum(q => q.breaches),
    },
  ];
}

/**
 * The `support` metric provider: time to first response, the share within
 * target, backlog and breaches of the queues linked to each package. Two
 * calls to the support API per run (`listQueues`, `getQueueMetrics` over
 * the window), made when the first batch is computed and shared by the rest
 * of the run. If the support plugin cannot be reached the values are
 * missing, with a note; the run goes on.
 */
export function createSupportProvider(options: {
  support: SupportMetricsSource;
}): MetricProvider {
  const { support } = options;
  const runs = new WeakMap<MetricContext, Promise<SupportData>>();

  async function load(context: MetricContext): Promise<SupportData> {
    const to = context.now;
    const from = new Date(to.getTime() - context.windowDays * 86_400_000);
    try {
      const [queues, metrics]: [
        Awaited<ReturnType<SupportMetricsSource['listQueues']>>,
        QueueMetricsList,
      ] = await Promise.all([
        support.listQueues(),
        support.getQueueMetrics({
          from: from.toISOString(),
          to: to.toISOString(),
        }),
      ]);
      const numbers = new Map(metrics.queues.map(q => [q.queueId, q]));
      const byEntity = new Map<string, QueueNumbers[]>();
      for (const queue of queues.items) {
        const queueNumbers = numbers.get(queue.id);
        if (!queue.entityRef || !queueNumbers) continue;
        const ref = queue.entityRef.toLocaleLowerCase('en-US');
        byEntity.set(ref, [...(byEntity.get(ref) ?? []), queueNumbers]);
      }
      return { ok: true, byEntity };
    } catch (error) {
      context.logger.warn(
        `Support metrics are missing from this computation: ${error}`,
      );
      return {
        ok: false,
        note: `the support API call failed: ${(error as Error).message}`,
      };
    }
  }

  function dataFor(context: MetricContext): Promise<SupportData> {
    let data = runs.get(context);
    if (!data) {
      data = load(context);
      runs.set(context, data);
    }
    return data;
  }

  const isComponent = (entity: Entity) =>
    entity.kind.toLocaleLowerCase('en-US') === 'component';

  return {
    id: 'support',
    definitions: supportMetricDefinitions,
    async compute(entities, context) {
      const data = await dataFor(context);
      const out = new Map<string, MetricValue[]>();
      for (const entity of entities) {
        const key = stringifyEntityRef(entity);
        if (!data.ok) {
          if (isComponent(entity)) out.set(key, allMissing(data.note));
          continue;
        }
        const queues = data.byEntity.get(refOf(entity));
        if (queues) {
          out.set(key, valuesOf(queues));
        } else if (isComponent(entity)) {
          out.set(
            key,
            allMissing('no support queue is linked to this package'),
          );
        }
      }
      return out;
    },
  };
}
