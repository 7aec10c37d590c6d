import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  MetricsScope,
  supportMetricsReadPermission,
  SupportMetrics,
} from '@community-hub/plugin-support-common';
import { computeSupportMetrics } from '../metrics/computeSupportMetrics';
import { MetricQuestionRow } from '../store/SupportStore';
import { SupportContext } from './context';
import type { SupportService } from './SupportService';

/**
 * Support metrics for a window, per queue, per package (entity) or overall.
 * They are aggregates, readable by every signed-in person; private
 * questions count in them without showing.
 */
export function metricsOperations(
  context: SupportContext,
): Pick<SupportService, 'getMetrics' | 'getQueueMetrics'> {
  const { store, queues, authorizer } = context;

  const authorize = (credentials: BackstageCredentials) =>
    authorizer.authorize(
      credentials,
      supportMetricsReadPermission,
      'You are not allowed to read support metrics',
    );

  return {
    async getMetrics(credentials, window, scope) {
      if (scope.queue) context.queueNamed(scope.queue, 'queue');
      await authorize(credentials);
      const rows = await store.metricRows(rowScope(scope), window);
      return computeSupportMetrics(rows, window, scope);
    },

    async getQueueMetrics(credentials, window) {
      await authorize(credentials);
      const rows = await store.metricRows({}, window);
      const byQueue = new Map<string, MetricQuestionRow[]>();
      for (const row of rows) {
        const list = byQueue.get(row.queueId);
        if (list) list.push(row);
        else byQueue.set(row.queueId, [row]);
      }
      const overall = computeSupportMetrics(rows, window, {});
      return {
        window: overall.window,
        overall,
        queues: queues.list().map(queue => ({
          queueId: queue.id,
          ...computeSupportMetrics(byQueue.get(queue.id) ?? [], window, {
            queue: queue.id,
          }),
        })) as Array<SupportMetrics & { queueId: string }>,
      };
    },
  };

  /** A queue's questions; an entity's questions and those of its queues; or all. */
  function rowScope(scope: MetricsScope): {
    queueIds?: string[];
    entityRef?: string;
  } {
    if (scope.queue) return { queueIds: [scope.queue] };
    if (!scope.entityRef) return {};
    const ids = queues.forEntity(scope.entityRef).map(queue => queue.id);
    return ids.length > 0
      ? { entityRef: scope.entityRef, queueIds: ids }
      : { entityRef: scope.entityRef };
  }
}
