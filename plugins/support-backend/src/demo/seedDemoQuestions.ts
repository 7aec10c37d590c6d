import { LoggerService } from '@backstage/backend-plugin-api';
import { Answer, Question } from '@community-hub/plugin-support-common';
import { QueueRegistry } from '../queues/QueueRegistry';
import { countsAsFirstResponse } from '../service/firstResponse';
import { computeDueTimes } from '../sla/dueTimes';
import { SupportStore } from '../store/SupportStore';
import { demoQuestions } from './demoQuestions';
import { DemoQuestion, DemoTime } from './demoTypes';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const userRef = (name: string) => `user:default/${name}`;

/** The link of a question in the portal, as Markdown bodies use it. */
const questionLink = (id: number) => `/support/questions/${id}`;

/**
 * Plays one demo question's story through the store: asked, replied to,
 * voted on, accepted, resolved or closed, and promoted to the FAQ, each at
 * its time before `now`. Events that would fall at or after `now` are left
 * out with everything after them, so the question stays in an earlier state.
 */
async function playQuestion(options: {
  store: SupportStore;
  demo: DemoQuestion;
  queue: NonNullable<ReturnType<QueueRegistry['get']>>;
  now: Date;
  idsByKey: Map<string, number>;
}): Promise<Question> {
  const { store, demo, queue, now, idsByKey } = options;
  const render = (body: string) =>
    body.replace(/\{\{([a-z0-9-]+)\}\}/g, (text, key: string) => {
      const id = idsByKey.get(key);
      return id === undefined ? text : questionLink(id);
    });

  const createdAt = new Date(now.getTime() - demo.daysAgo * DAY_MS);
  const priority = demo.priority ?? 'normal';
  const due = computeDueTimes(queue.guideline, priority, createdAt);
  const authorRef = userRef(demo.author);
  let question = await store.createQuestion({
    queueId: queue.id,
    teamRef: queue.team,
    title: demo.title,
    body: render(demo.body),
    tags: demo.tags,
    priority,
    visibility: queue.visibility === 'private' ? 'private' : 'public',
    authorRef,
    entityRef: queue.entityRef,
    createdAt,
    ...due,
  });
  for (const voter of demo.voters ?? []) {
    await store.vote({ type: 'question', id: question.id }, userRef(voter), 1);
  }

  let cursor = createdAt;
  /** The time of an event, or undefined when it would not have happened yet. */
  const timeOf = (time: DemoTime): Date | undefined => {
    let base = cursor;
    let hours = 0;
    if ('hours' in time) {
      base = createdAt;
      hours = time.hours;
    } else if ('lateBy' in time) {
      base = due.firstResponseDueAt;
      hours = time.lateBy;
    } else {
      hours = time.after;
    }
    const at = new Date(base.getTime() + hours * HOUR_MS);
    if (at.getTime() >= now.getTime()) return undefined;
    cursor = at;
    return at;
  };

  const replies: Answer[] = [];
  for (const reply of demo.replies ?? []) {
    const at = timeOf(reply.at);
    if (!at) return question;
    const replierRef = userRef(reply.by);
    const answer = await store.addAnswer({
      questionId: question.id,
      kind: reply.comment ? 'comment' : 'answer',
      parentId: reply.on === undefined ? undefined : replies[reply.on].id,
      body: render(reply.body),
      authorRef: replierRef,
      countsAsResponse: countsAsFirstResponse({
        replierRef,
        authorRef,
        bots: [],
      }),
      createdAt: at,
    });
    replies.push(answer);
    for (const voter of reply.voters ?? []) {
      await store.vote({ type: 'answer', id: answer.id }, userRef(voter), 1);
    }
  }

  let accepted: Answer | undefined;
  if (demo.accept) {
    const at = timeOf(demo.accept.at);
    if (!at) return question;
    accepted = replies[demo.accept.reply];
    question = await store.acceptAnswer(question.id, accepted.id, at);
  }

  const outcome = demo.outcome;
  if (outcome) {
    const at = timeOf(outcome.at);
    if (!at) return question;
    // `resolvedAt` is when the question last left `open`.
    const leavesOpen = question.status === 'open' ? { resolvedAt: at } : {};
    question = await store.updateQuestion(
      question.id,
      outcome.status === 'resolved'
        ? { status: 'resolved', ...leavesOpen, updatedAt: at }
        : {
            status: 'closed',
            closeReason: outcome.reason,
            duplicateOfId:
              outcome.reason === 'duplicate' ? idsByKey.get(outcome.of) : null,
            closedAt: at,
            ...leavesOpen,
            updatedAt: at,
          },
    );
  }

  if (demo.faq && accepted && question.visibility === 'public') {
    const at = timeOf(demo.faq.at);
    if (!at) return question;
    await store.createFaqEntry({
      queueId: queue.id,
      questionId: question.id,
      answerId: accepted.id,
      title: demo.faq.title ?? question.title,
      question: question.body,
      answer: accepted.body,
      promotedByRef: userRef(demo.faq.by),
      createdAt: at,
    });
  }
  return question;
}

/**
 * Fills an empty support desk with demo questions for development: about
 * forty questions of the community's people over the 75 days before `now`,
 * in the package and shared queues, answered by the queues' teams, with
 * answers on time and late, accepted, resolved, closed and still open ones,
 * votes, comments and two FAQ entries, so that lists, breaches and metrics
 * have something to show. Does nothing when any question exists; leaves out
 * the questions of queues the registry does not have.
 *
 * Enabled by `support.demo.seed`; never meant for production.
 *
 * @returns how many questions were created (0 when the desk was not empty).
 */
export async function seedDemoQuestions(options: {
  store: SupportStore;
  queues: QueueRegistry;
  logger: LoggerService;
  now: Date;
  /** The questions to write, by default the community's demo questions. */
  questions?: DemoQuestion[];
}): Promise<{ created: number }> {
  const { store, queues, logger, now } = options;
  const existing = await store.listQuestions(
    { sort: 'newest', limit: 1, offset: 0 },
    undefined,
  );
  if (existing.totalCount > 0) {
    logger.info('Support: questions exist, demo questions not added');
    return { created: 0 };
  }

  const idsByKey = new Map<string, number>();
  const missingQueues = new Set<string>();
  for (const demo of options.questions ?? demoQuestions) {
    const queue = queues.get(demo.queueId);
    const outcome = demo.outcome;
    const originalMissing =
      outcome?.status === 'closed' &&
      outcome.reason === 'duplicate' &&
      !idsByKey.has(outcome.of);
    if (!queue || originalMissing) {
      if (!queue) missingQueues.add(demo.queueId);
      continue;
    }
    const question = await playQuestion({
      store,
      demo,
      queue,
      now,
      idsByKey,
    });
    idsByKey.set(demo.key, question.id);
  }

  if (missingQueues.size > 0) {
    logger.info(
      `Support: no queue ${[...missingQueues].join(
        ', ',
      )}; its demo questions were left out`,
    );
  }
  logger.info(`Support: added ${idsByKey.size} demo questions`);
  return { created: idsByKey.size };
}
