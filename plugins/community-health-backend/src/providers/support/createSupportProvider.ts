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
  'listQueues' | 'getQueueMetrics' | 'getMetrics'
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

/** Batches up to this size (a one-entity recomputation) ask for their queues' numbers alone. */
export const SMALL_BATCH = 10;

/**
 * How long the queue list (which queues name which entity) is reused by
 * small batches as it is; an older list is still used once more while a new
 * one is fetched, so that a recomputation never waits for it.
 */
export const QUEUE_LIST_TTL_MS = 10 * 60_000;

/**
 * The `support` metric provider: time to first response, the share within
 * target, backlog and breaches of the queues linked to each package.
 *
 * A run's batches share two calls to the support API (`listQueues`,
 * `getQueueMetrics` over the window), made with the first batch. A small
 * batch (a one-entity recomputation) asks `getMetrics` for each of its
 * entities' queues instead, as the list of every queue's numbers is large
 * (one queue per package); which queues name an entity comes from the
 * queue list, reused for {@link QUEUE_LIST_TTL_MS}. Both ways give the same
 * numbers (a queue created since the list was fetched shows from the next
 * computation). If the support plugin cannot be reached the values are missing,
 * with a note; the run goes on.
 */
export function createSupportProvider(options: {
  support: SupportMetricsSource;
}): MetricProvider {
  const { support } = options;
  const runs = new WeakMap<MetricContext, Promise<SupportData>>();
  let queueList:
    | { loadedAt: number; queuesOf: Promise<Map<string, string[]>> }
    | undefined;

  const windowOf = (context: MetricContext) => ({
    from: new Date(
      context.now.getTime() - context.windowDays * 86_400_000,
    ).toISOString(),
    to: context.now.toISOString(),
  });

  function queuesByEntity(
    queues: Awaited<ReturnType<SupportMetricsSource['listQueues']>>,
  ): Map<string, string[]> {
    const out = new Map<string, string[]>();
    for (const queue of queues.items) {
      if (!queue.entityRef) continue;
      const ref = queue.entityRef.toLocaleLowerCase('en-US');
      out.set(ref, [...(out.get(ref) ?? []), queue.id]);
    }
    return out;
  }

  function remember(queuesOf: Promise<Map<string, string[]>>) {
    const entry = { loadedAt: Date.now(), queuesOf };
    queueList = entry;
    // A failed list is asked for again next time
    queuesOf.catch(() => {
      if (queueList === entry) queueList = undefined;
    });
  }

  function failed(context: MetricContext, error: unknown): SupportData {
    context.logger.warn(
      `Support metrics are missing from this computation: ${error}`,
    );
    return {
      ok: false,
      note: `the support API call failed: ${(error as Error).message}`,
    };
  }

  async function loadRun(context: MetricContext): Promise<SupportData> {
    try {
      const queuesOf = support.listQueues().then(queuesByEntity);
      remember(queuesOf);
      const [byQueueId, metrics]: [Map<string, string[]>, QueueMetricsList] =
        await Promise.all([
          queuesOf,
          support.getQueueMetrics(windowOf(context)),
        ]);
      const numbers = new Map(metrics.queues.map(q => [q.queueId, q]));
      const byEntity = new Map<string, QueueNumbers[]>();
      for (const [ref, ids] of byQueueId) {
        const list = ids.flatMap(id => numbers.get(id) ?? []);
        if (list.length > 0) byEntity.set(ref, list);
      }
      return { ok: true, byEntity };
    } catch (error) {
      return failed(context, error);
    }
  }

  async function loadFew(
    entities: Entity[],
    context: MetricContext,
  ): Promise<SupportData> {
    try {
      const current = queueList;
      if (!current || Date.now() - current.loadedAt > QUEUE_LIST_TTL_MS) {
        remember(support.listQueues().then(queuesByEntity));
      }
      // A list in hand is used while a newer one is on its way
      const queuesOf = await (current ?? queueList!).queuesOf;
      const window = windowOf(context);
      const byEntity = new Map<string, QueueNumbers[]>();
      await Promise.all(
        entities.map(async entity => {
          const ref = refOf(entity);
          const ids = queuesOf.get(ref) ?? [];
          if (ids.length === 0) return;
          byEntity.set(
            ref,
            await Promise.all(
              ids.map(async queueId => ({
                ...(await support.getMetrics(window, { queue: queueId })),
                queueId,
              })),
            ),
          );
        }),
      );
      return { ok: true, byEntity };
    } catch (error) {
      return failed(context, error);
    }
  }

  function dataFor(
    entities: Entity[],
    context: MetricContext,
  ): Promise<SupportData> {
    let data = runs.get(context);
    if (data) return data;
    if (entities.length <= SMALL_BATCH) return loadFew(entities, context);
    data = loadRun(context);
    runs.set(context, data);
    return data;
  }

  const isComponent = (entity: Entity) =>
    entity.kind.toLocaleLowerCase('en-US') === 'component';

  return {
    id: 'support',
    definitions: supportMetricDefinitions,
    async compute(entities, context) {
      const relevant = entities.filter(isComponent);
      const out = new Map<string, MetricValue[]>();
      if (relevant.length === 0) return out;
      const data = await dataFor(relevant, context);
      for (const entity of relevant) {
        const key = stringifyEntityRef(entity);
        if (!data.ok) {
          out.set(key, allMissing(data.note));
          continue;
        }
        const queues = data.byEntity.get(refOf(entity));
        out.set(
          key,
          queues
            ? valuesOf(queues)
            : allMissing('no support queue is linked to this package'),
        );
      }
      return out;
    },
  };
}
