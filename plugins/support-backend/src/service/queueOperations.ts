import { NotFoundError } from '@backstage/errors';
import { SupportQueueSummary } from '@community-hub/plugin-support-common';
import { QueueCounts } from '../store/SupportStore';
import { SupportContext } from './context';
import type { SupportService } from './SupportService';

const NO_COUNTS: QueueCounts = { open: 0, unanswered: 0, breached: 0 };

/** Queues with their live numbers, counted over the questions the caller may read. */
export function queueOperations(
  context: SupportContext,
): Pick<SupportService, 'listQueues' | 'getQueue'> {
  const { store, queues, authorizer } = context;

  async function countsFor(
    credentials: Parameters<SupportService['listQueues']>[0],
  ) {
    const access = await authorizer.ticketAccess(credentials);
    return access.readsNothing
      ? new Map<string, QueueCounts>()
      : store.countByQueue(access.readFilter);
  }

  return {
    async listQueues(credentials) {
      const counts = await countsFor(credentials);
      const items: SupportQueueSummary[] = queues.list().map(queue => ({
        ...queue,
        ...(counts.get(queue.id) ?? NO_COUNTS),
      }));
      return { items };
    },

    async getQueue(credentials, id) {
      const queue = queues.get(id);
      if (!queue) throw new NotFoundError(`No queue '${id}'`);
      const counts = await countsFor(credentials);
      return { ...queue, ...(counts.get(id) ?? NO_COUNTS) };
    },
  };
}
