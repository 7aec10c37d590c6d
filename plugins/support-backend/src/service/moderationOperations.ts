import { ConflictError } from '@backstage/errors';
import {
  Question,
  SupportPriority,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import { computeDueTimes } from '../sla/dueTimes';
import { QuestionPatch } from '../store/SupportStore';
import { userRefOf } from './caller';
import { SupportContext } from './context';
import type { SupportService } from './SupportService';

const MODERATORS_ONLY = "Only the queue's team may";

const URGENCY: Record<SupportPriority, number> = {
  urgent: 0,
  normal: 1,
  low: 2,
};

/**
 * Due times under a queue's guideline and a priority; earlier breach marks no
 * longer apply and are cleared. The clock counts from the question's creation,
 * except that moving to a higher priority restarts it at the change, as the
 * response guidelines say.
 */
function recomputedDueTimes(
  question: Question,
  queue: SupportQueue,
  priority: SupportPriority,
  now: Date,
): Partial<QuestionPatch> {
  const raised = URGENCY[priority] < URGENCY[question.priority];
  const start = raised ? now : new Date(question.createdAt);
  return {
    ...computeDueTimes(queue.guideline, priority, start),
    firstResponseBreachedAt: null,
    resolutionBreachedAt: null,
    escalatedAt: null,
  };
}

/** Assigning, changing priority and moving questions: the queue team's work. */
export function moderationOperations(
  context: SupportContext,
): Pick<SupportService, 'assign' | 'setPriority' | 'moveQuestion'> {
  const { store, queues } = context;

  async function moderated(
    credentials: Parameters<SupportService['assign']>[0],
    id: number,
    what: string,
  ): Promise<Question> {
    userRefOf(credentials);
    const opened = await context.openQuestion(credentials, id);
    context.require(opened, 'moderate', `${MODERATORS_ONLY} ${what}`);
    return (await store.getQuestion(id))!;
  }

  return {
    async assign(credentials, id, assigneeRef) {
      await moderated(credentials, id, 'assign questions');
      return store.updateQuestion(id, {
        assigneeRef,
        updatedAt: context.now(),
      });
    },

    async setPriority(credentials, id, priority) {
      const question = await moderated(credentials, id, 'change priorities');
      if (question.priority === priority) return question;
      const queue = queues.get(question.queueId);
      if (!queue) {
        throw new ConflictError(
          `Question ${id} is in queue '${question.queueId}', which no longer exists; move it first`,
        );
      }
      const now = context.now();
      return store.updateQuestion(id, {
        priority,
        ...recomputedDueTimes(question, queue, priority, now),
        updatedAt: now,
      });
    },

    async moveQuestion(credentials, id, queueId) {
      const question = await moderated(credentials, id, 'move questions');
      const target = context.queueNamed(queueId, 'queueId');
      if (question.queueId === target.id) return question;
      const now = context.now();
      return store.updateQuestion(id, {
        queueId: target.id,
        teamRef: target.team,
        // A private queue holds private questions only: a security report
        // asked in public is hidden by moving it (search drops it at its next run).
        ...(target.visibility === 'private'
          ? { visibility: 'private' as const }
          : {}),
        ...recomputedDueTimes(question, target, question.priority, now),
        updatedAt: now,
      });
    },
  };
}
