import { LoggerService } from '@backstage/backend-plugin-api';
import { NotificationService } from '@backstage/plugin-notifications-node';
import {
  parseIsoDuration,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import { QueueRegistry } from '../queues/QueueRegistry';
import { BreachedQuestion, SupportStore } from '../store/SupportStore';
import {
  byQuestion,
  countWords,
  describeQuestions,
  durationWords,
} from './breachText';

/** What one breach scan works with. */
export interface ScanBreachesOptions {
  store: Pick<SupportStore, 'markBreaches' | 'markEscalations'>;
  queues: Pick<QueueRegistry, 'list' | 'get'>;
  notifications: NotificationService;
  logger: LoggerService;
  /** The scan's time; due times before it have passed. */
  now: Date;
  /** Group (or user) refs told about escalations. */
  communityManagerRefs: string[];
}

/** The list of a queue's breached questions in the support UI. */
export function breachedQuestionsLink(queueId: string): string {
  return `/support/questions?queue=${encodeURIComponent(
    queueId,
  )}&breached=true`;
}

function groupByQueue(
  items: BreachedQuestion[],
): Map<string, BreachedQuestion[]> {
  const groups = new Map<string, BreachedQuestion[]>();
  for (const item of items) {
    const group = groups.get(item.queueId);
    if (group) group.push(item);
    else groups.set(item.queueId, [item]);
  }
  return groups;
}

/**
 * Escalation thresholds, one per distinct `escalateAfter`: the open
 * breached questions of those queues that breached before `now` minus it.
 * Each guideline's `escalateAfter` runs on the calendar clock.
 */
function escalationThresholds(
  queues: SupportQueue[],
  now: Date,
  logger: LoggerService,
): Array<{ queueIds: string[]; breachedBefore: Date }> {
  const byDelay = new Map<number, string[]>();
  for (const queue of queues) {
    let delayMs: number;
    try {
      const { days, hours, minutes } = parseIsoDuration(
        queue.guideline.escalateAfter,
      );
      delayMs = ((days * 24 + hours) * 60 + minutes) * 60_000;
    } catch (error) {
      logger.warn(
        `Breaches of queue ${queue.id} are not escalated: guideline ${queue.guideline.id} has ${error}`,
      );
      continue;
    }
    const queueIds = byDelay.get(delayMs);
    if (queueIds) queueIds.push(queue.id);
    else byDelay.set(delayMs, [queue.id]);
  }
  return [...byDelay].map(([delayMs, queueIds]) => ({
    queueIds,
    breachedBefore: new Date(now.getTime() - delayMs),
  }));
}

/**
 * One breach scan (the body of the scheduled task that runs on one replica
 * at a time). It marks the open questions whose first-response or
 * resolution due time has passed, and sends each affected queue's team one
 * notification about its newly breached questions: a count and the first
 * five, scoped `support:breaches:<queueId>` so that a later scan updates it
 * rather than adding another. The team is the one stored on the questions,
 * who may read them even when they are private.
 *
 * Then it escalates the breaches still open `escalateAfter` (from each
 * queue's guideline, calendar time) after they were marked, telling the
 * community managers once per queue (scope `support:escalations:<queueId>`).
 *
 * A failed notification is logged and does not stop the scan; the marks
 * stay, so nothing is notified twice.
 *
 * @returns the number of newly marked breaches (a question that passed both
 *   targets counts twice) and of newly escalated questions.
 */
export async function scanBreaches(
  options: ScanBreachesOptions,
): Promise<{ breached: number; escalated: number }> {
  const { store, queues, notifications, logger, now } = options;
  const queueTitle = (queueId: string) => queues.get(queueId)?.title ?? queueId;

  const send = async (
    what: string,
    queueId: string,
    recipients: string[],
    payload: { title: string; description: string; scope: string },
  ) => {
    try {
      await notifications.send({
        recipients: { type: 'entity', entityRef: recipients },
        payload: {
          ...payload,
          link: breachedQuestionsLink(queueId),
          severity: 'high',
          topic: 'support',
        },
      });
    } catch (error) {
      logger.warn(
        `Could not send the ${what} notification of queue ${queueId}: ${error}`,
      );
    }
  };

  const breaches = await store.markBreaches(now);
  for (const [queueId, items] of groupByQueue(breaches)) {
    const questions = byQuestion(items);
    const teams = [...new Set(items.map(item => item.teamRef))];
    await send('breach', queueId, teams, {
      title: `${queueTitle(queueId)}: ${countWords(
        questions.length,
      )} passed a response target`,
      description: describeQuestions(questions),
      scope: `support:breaches:${queueId}`,
    });
  }

  const thresholds = escalationThresholds(queues.list(), now, logger);
  const escalations =
    thresholds.length > 0 ? await store.markEscalations(now, thresholds) : [];
  for (const [queueId, items] of groupByQueue(escalations)) {
    if (options.communityManagerRefs.length === 0) {
      logger.warn(
        `Escalated ${items.length} question(s) of queue ${queueId}, but no community managers are configured to tell`,
      );
      continue;
    }
    const questions = byQuestion(items);
    const after = queues.get(queueId)?.guideline.escalateAfter;
    await send('escalation', queueId, options.communityManagerRefs, {
      title: `${queueTitle(queueId)}: ${countWords(
        questions.length,
      )} escalated`,
      description: `Still open ${
        after ? `${durationWords(after)} ` : ''
      }after passing a response target: ${describeQuestions(questions)}`,
      scope: `support:escalations:${queueId}`,
    });
  }

  if (breaches.length > 0 || escalations.length > 0) {
    logger.info(
      `Breach scan: ${breaches.length} new breach(es), ${escalations.length} escalation(s)`,
    );
  }
  return { breached: breaches.length, escalated: escalations.length };
}
