// The synthetic history of the support benchmark: which questions exist,
// in which queue, when they got their first response, when they left
// `open`, their replies, and the breach marks the every-minute scan would
// have set. Due times come from the portal's own response clock.
import {
  addResponseTime,
  CloseReason,
  parseIsoDuration,
  QuestionStatus,
  SupportPriority,
  SupportQueue,
} from '@community-hub/plugin-support-common';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Questions were asked over the year before the seed's `now`. */
const SPAN_MS = 365 * DAY_MS;
const SCAN_EVERY_MS = 60_000;

export interface SeedPlanOptions {
  /** Epoch milliseconds the history ends at. */
  now: number;
  questions: number;
  answers: number;
  seed: number;
  queues: SupportQueue[];
  /** User refs who ask and answer. */
  users: string[];
  /** The user whose token the load uses; asks about 1 % of the questions. */
  benchUserRef: string;
}

export interface PlannedReply {
  id: number;
  kind: 'answer' | 'comment';
  authorRef: string;
  at: number;
}

export interface PlannedQuestion {
  id: number;
  queue: SupportQueue;
  createdAt: number;
  priority: SupportPriority;
  visibility: 'public' | 'private';
  authorRef: string;
  tags: string[];
  firstResponseDueAt: number;
  resolutionDueAt: number;
  firstResponseAt?: number;
  status: QuestionStatus;
  /** When it left `open` (answered, resolved or closed). */
  leftOpenAt?: number;
  closeReason?: CloseReason;
  duplicateOfId?: number;
  acceptedAnswerId?: number;
  firstResponseBreachedAt?: number;
  resolutionBreachedAt?: number;
  escalatedAt?: number;
  replies: PlannedReply[];
}

const TAGS = [
  'kafka',
  'postgres',
  'backpressure',
  'retry',
  'schema',
  'testing',
  'cli',
  'memory',
  'performance',
  'typescript',
  'ci',
  'deployment',
  'codec',
  'streaming',
  'errors',
  'dead-letters',
  'upgrade',
  'docs',
  'windows',
  'docker',
];

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) =>
    min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(next() * items.length)];
  return { next, int, pick };
}

function durationMs(duration: string): number {
  const { days, hours, minutes } = parseIsoDuration(duration);
  return ((days * 24 + hours) * 60 + minutes) * 60_000;
}

/**
 * Plans every question and reply. Exactly `answers` replies (answers and
 * comments) are planned when there are at least as many first responses.
 */
export function planSupportSeed(options: SeedPlanOptions): PlannedQuestion[] {
  const random = seededRandom(options.seed);
  const { now, queues, users } = options;
  const otherUser = (authorRef: string) => {
    for (;;) {
      const user = random.pick(users);
      if (user !== authorRef) return user;
    }
  };

  const plan: PlannedQuestion[] = [];
  for (let id = 1; id <= options.questions; id++) {
    const queue = queues[(id - 1) % queues.length];
    const createdAt = now - Math.floor(random.next() * SPAN_MS);
    const r = random.next();
    const priority: SupportPriority =
      r < 0.1 ? 'urgent' : r < 0.7 ? 'normal' : 'low';
    const target = queue.guideline.targets.find(t => t.priority === priority)!;
    const start = new Date(createdAt);
    const firstResponseDueAt = addResponseTime(
      start,
      target.firstResponse,
      target.clock,
    ).getTime();
    const resolutionDueAt = addResponseTime(
      start,
      target.resolution,
      target.clock,
    ).getTime();
    const authorRef =
      random.next() < 0.01 ? options.benchUserRef : random.pick(users);
    const tags = [
      ...new Set(
        Array.from({ length: random.int(1, 3) }, () => random.pick(TAGS)),
      ),
    ];

    // Most get a first response, most of those within the target
    let firstResponseAt: number | undefined;
    if (random.next() < 0.9) {
      const factor =
        random.next() < 0.8 ? random.next() : 1 + random.next() * 2;
      const at =
        createdAt +
        Math.round((firstResponseDueAt - createdAt) * factor) +
        SCAN_EVERY_MS;
      if (at <= now) firstResponseAt = at;
    }
    // One in ten is never settled; the others leave `open` around the target
    let leftOpenAt: number | undefined;
    if (random.next() >= 0.1) {
      const factor =
        random.next() < 0.75 ? random.next() : 1 + random.next() * 3;
      let at =
        createdAt +
        Math.round((resolutionDueAt - createdAt) * factor) +
        SCAN_EVERY_MS;
      if (firstResponseAt !== undefined && at <= firstResponseAt) {
        at = firstResponseAt + SCAN_EVERY_MS;
      }
      if (at <= now) leftOpenAt = at;
    }
    plan.push({
      id,
      queue,
      createdAt,
      priority,
      visibility:
        queue.visibility === 'private' || random.next() < 0.02
          ? 'private'
          : 'public',
      authorRef,
      tags,
      firstResponseDueAt,
      resolutionDueAt,
      firstResponseAt,
      status: 'open',
      leftOpenAt,
      replies: [],
    });
  }

  planReplies(plan, options, random, otherUser);

  for (const question of plan) {
    settle(question, random, queues.length);
    markBreaches(question, now, random);
  }
  return plan;
}

function planReplies(
  plan: PlannedQuestion[],
  options: SeedPlanOptions,
  random: ReturnType<typeof seededRandom>,
  otherUser: (authorRef: string) => string,
) {
  const responded = plan.filter(q => q.firstResponseAt !== undefined);
  const extraTotal = Math.max(0, options.answers - responded.length);
  // Extra replies spread by random weights, then topped up to the exact total
  const weights = responded.map(() => random.next() * 2);
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const extras = weights.map(w => Math.floor((extraTotal * w) / weightSum));
  let missing = extraTotal - extras.reduce((a, b) => a + b, 0);
  for (let i = 0; missing > 0 && extras.length > 0; missing--) {
    extras[i] += 1;
    i = (i + 1) % extras.length;
  }

  let nextId = 1;
  responded.forEach((question, index) => {
    if (nextId > options.answers) return;
    const first = question.firstResponseAt!;
    const until = Math.min(options.now, first + 30 * 24 * 60 * 60 * 1000);
    const times = Array.from(
      { length: extras[index] },
      () => first + Math.floor(random.next() * (until - first)),
    ).sort((a, b) => a - b);
    question.replies.push({
      id: nextId++,
      kind: random.next() < 0.7 ? 'answer' : 'comment',
      authorRef: otherUser(question.authorRef),
      at: first,
    });
    for (const at of times) {
      if (nextId > options.answers) break;
      const byAuthor = random.next() < 0.2;
      question.replies.push({
        id: nextId++,
        kind: !byAuthor && random.next() < 0.6 ? 'answer' : 'comment',
        authorRef: byAuthor
          ? question.authorRef
          : otherUser(question.authorRef),
        at,
      });
    }
  });
}

function settle(
  question: PlannedQuestion,
  random: ReturnType<typeof seededRandom>,
  queueCount: number,
) {
  if (question.leftOpenAt === undefined) return;
  const r = random.next();
  const accepted = question.replies.find(
    reply => reply.kind === 'answer' && reply.at <= question.leftOpenAt!,
  );
  if (r < 0.5 && accepted) {
    question.status = 'answered';
    question.acceptedAnswerId = accepted.id;
  } else if (r < 0.8) {
    question.status = 'resolved';
  } else {
    question.status = 'closed';
    const reason = random.next();
    // A duplicate points at an older question of the same queue
    const original = question.id - queueCount * random.int(1, 10);
    if (reason < 0.3 && original >= 1) {
      question.closeReason = 'duplicate';
      question.duplicateOfId = original;
    } else {
      question.closeReason = reason < 0.65 ? 'stale' : 'off-topic';
    }
  }
}

/** The marks the every-minute breach scan would have set by `now`. */
function markBreaches(
  question: PlannedQuestion,
  now: number,
  random: ReturnType<typeof seededRandom>,
) {
  const openAt = (at: number) =>
    question.leftOpenAt === undefined || question.leftOpenAt > at;
  const markAt = (due: number) =>
    Math.min(now, due + Math.floor(random.next() * SCAN_EVERY_MS));
  const { firstResponseDueAt, resolutionDueAt, firstResponseAt } = question;
  if (
    firstResponseDueAt < now &&
    openAt(firstResponseDueAt) &&
    (firstResponseAt === undefined || firstResponseAt > firstResponseDueAt)
  ) {
    question.firstResponseBreachedAt = markAt(firstResponseDueAt);
  }
  if (resolutionDueAt < now && openAt(resolutionDueAt)) {
    question.resolutionBreachedAt = markAt(resolutionDueAt);
  }
  const breachedAt = Math.min(
    question.firstResponseBreachedAt ?? Infinity,
    question.resolutionBreachedAt ?? Infinity,
  );
  const escalateAt =
    breachedAt + durationMs(question.queue.guideline.escalateAfter);
  if (escalateAt < now && openAt(escalateAt)) {
    question.escalatedAt = escalateAt;
  }
}
