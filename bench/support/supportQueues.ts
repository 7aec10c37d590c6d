// The queues of a support content directory, read by the backend's own
// parser, so that the seed and the scan see what the backend sees.
import { SupportQueue } from '@community-hub/plugin-support-common';
import {
  guidelinesById,
  readSupportContent,
  toSupportQueue,
} from '../../plugins/support-backend/src/queues/supportContent';

export function readQueues(contentDirectory: string): SupportQueue[] {
  const content = readSupportContent(contentDirectory);
  const guidelines = guidelinesById(content);
  return content.queues.map(q => toSupportQueue(q, guidelines));
}

/** The part of the queue registry a breach scan uses, over a fixed list. */
export function staticQueues(queues: SupportQueue[]) {
  const byId = new Map(queues.map(q => [q.id, q]));
  return { list: () => queues, get: (id: string) => byId.get(id) };
}
