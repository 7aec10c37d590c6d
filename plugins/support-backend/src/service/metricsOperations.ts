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

// A granted metrics read is reused this long per person (like the
// question decisions of the authorizer); a refusal is always asked again.
const GRANT_TTL_MS = 10_000;
const MAX_GRANTS = 10_000;

function principalKey(credentials: BackstageCredentials): string | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user') return `user ${principal.userEntityRef}`;
  if (principal.type === 'service') return `service ${principal.subject}`;
  return undefined;
}

function sum(counts: Map<string, number>): number {
  let total = 0;
  for (const count of counts.values()) total += count;
  return total;
}

/**
 * Support metrics for a window, per queue, per package (entity) or overall.
 * They are aggregates, readable by every signed-in person; private
 * questions count in them without showing.
 */
export function metricsOperations(
  context: SupportContext,
): Pick<SupportService, 'getMetrics' | 'getQueueMetrics'> {
  const { store, queues, authorizer } = context;
  const grantedUntil = new Map<string, number>();

  const authorize = async (credentials: BackstageCredentials) => {
    const key = principalKey(credentials);
    const now = Date.now();
    if (key !== undefined && (grantedUntil.get(key) ?? 0) > now) return;
    await authorizer.authorize(
      credentials,
      supportMetricsReadPermission,
      'You are not allowed to read support metrics',
    );
    if (key !== undefined) {
      if (grantedUntil.size >= MAX_GRANTS) grantedUntil.clear();
      grantedUntil.set(key, now + GRANT_TTL_MS);
    }
  };

  return {
    async getMetrics(credentials, window, scope) {
      if (scope.queue) context.queueNamed(scope.queue, 'queue');
      await authorize(credentials);
      const { rows, backlog } = await store.metricWindow(
        rowScope(scope),
        window,
      );
      return computeSupportMetrics(rows, window, scope, backlog);
    },

    async getQueueMetrics(credentials, window) {
      await authorize(credentials);
      const [rows, backlog] = await Promise.all([
        store.metricRows({}, window),
        store.metricBacklog({}, window.to),
      ]);
      const byQueue = new Map<string, MetricQuestionRow[]>();
      for (const row of rows) {
        const list = byQueue.get(row.queueId);
        if (list) list.push(row);
        else byQueue.set(row.queueId, [row]);
      }
      const overall = computeSupportMetrics(rows, window, {}, sum(backlog));
      return {
        window: overall.window,
        overall,
        queues: queues.list().map(queue => ({
          queueId: queue.id,
          ...computeSupportMetrics(
            byQueue.get(queue.id) ?? [],
            window,
            { queue: queue.id },
            backlog.get(queue.id) ?? 0,
          ),
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
