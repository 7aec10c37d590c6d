/** How urgent a question is; it picks the response targets. @public */
export type SupportPriority = 'urgent' | 'normal' | 'low';

/** @public */
export const SUPPORT_PRIORITIES: readonly SupportPriority[] = [
  'urgent',
  'normal',
  'low',
];

/**
 * Where a question is in its life:
 * `open` (no accepted answer yet), `answered` (an answer was accepted),
 * `resolved` (the author or the team says it is done), `closed` (with a reason).
 *
 * @public
 */
export type QuestionStatus = 'open' | 'answered' | 'resolved' | 'closed';

/** @public */
export const QUESTION_STATUSES: readonly QuestionStatus[] = [
  'open',
  'answered',
  'resolved',
  'closed',
];

/** Why a question was closed. @public */
export type CloseReason = 'duplicate' | 'off-topic' | 'stale';

/** @public */
export const CLOSE_REASONS: readonly CloseReason[] = [
  'duplicate',
  'off-topic',
  'stale',
];

/**
 * `public`: community Q&A, readable by everyone signed in.
 * `private`: only the author, the queue's team and community managers.
 *
 * @public
 */
export type QuestionVisibility = 'public' | 'private';

/**
 * How a response clock counts: `calendar` time around the clock, or
 * `business-days` (Monday to Friday, UTC; weekends do not count).
 *
 * @public
 */
export type ResponseClock = 'calendar' | 'business-days';

/**
 * The targets for one priority. Durations are ISO 8601 (`PT4H`, `P1D`); with
 * the `business-days` clock, days are business days.
 *
 * @public
 */
export interface ResponseTarget {
  priority: SupportPriority;
  firstResponse: string;
  resolution: string;
  clock: ResponseClock;
}

/** A named set of targets, one per priority. @public */
export interface ResponseGuideline {
  id: string;
  title: string;
  targets: ResponseTarget[];
  /** How long a breach may stay open before community managers are told (ISO 8601). */
  escalateAfter: string;
}

/** A support queue, as defined under `community/support/`. @public */
export interface SupportQueue {
  id: string;
  title: string;
  description: string;
  /** The catalog Group that answers and moderates: `group:default/support-team`. */
  team: string;
  /** The catalog entity the queue is about, if any: `component:default/kestrel-flow`. */
  entityRef?: string;
  /** `private` queues hold private questions only (security, conduct reports). */
  visibility: QuestionVisibility;
  guideline: ResponseGuideline;
}

/** A queue with its live numbers, for the support home. @public */
export interface SupportQueueSummary extends SupportQueue {
  /** Questions that are `open` (what the reader may see). */
  open: number;
  /** Open questions without a first response yet. */
  unanswered: number;
  /** Open questions past a first-response or resolution due time. */
  breached: number;
}

/** One side of a duplicate link. @public */
export interface QuestionLink {
  id: number;
  title: string;
  status: QuestionStatus;
}

/** A question as lists show it (no body). @public */
export interface QuestionSummary {
  id: number;
  queueId: string;
  title: string;
  tags: string[];
  priority: SupportPriority;
  visibility: QuestionVisibility;
  status: QuestionStatus;
  closeReason?: CloseReason;
  /** The question this one duplicates, when closed as `duplicate`. */
  duplicateOfId?: number;
  authorRef: string;
  assigneeRef?: string;
  entityRef?: string;
  /** ISO instants. */
  createdAt: string;
  updatedAt: string;
  firstResponseAt?: string;
  firstResponseDueAt: string;
  resolutionDueAt: string;
  resolvedAt?: string;
  closedAt?: string;
  firstResponseBreachedAt?: string;
  resolutionBreachedAt?: string;
  escalatedAt?: string;
  acceptedAnswerId?: number;
  score: number;
  answerCount: number;
}

/** A question with its body. @public */
export interface Question extends QuestionSummary {
  /** Markdown. */
  body: string;
}

/** An answer (counts as a response) or a comment (on the question or on an answer). @public */
export interface Answer {
  id: number;
  questionId: number;
  kind: 'answer' | 'comment';
  /** For a comment on an answer: the answer's id. */
  parentId?: number;
  /** Markdown. */
  body: string;
  authorRef: string;
  createdAt: string;
  updatedAt: string;
  score: number;
  accepted: boolean;
  /** The reader's own vote: 1, -1 or 0. */
  myVote: number;
}

/** What the reader may do with a question; the UI shows buttons by it. @public */
export interface QuestionAbilities {
  answer: boolean;
  edit: boolean;
  accept: boolean;
  moderate: boolean;
}

/** `GET /questions/:id`. @public */
export interface QuestionDetails {
  question: Question;
  answers: Answer[];
  /** Questions closed as duplicates of this one. */
  duplicates: QuestionLink[];
  /** The question this one duplicates. */
  duplicateOf?: QuestionLink;
  /** The FAQ entry promoted from this question, if any. */
  faqEntryId?: number;
  myVote: number;
  can: QuestionAbilities;
}

/** One saved version of a question or answer, oldest first. @public */
export interface Revision {
  id: number;
  editorRef: string;
  createdAt: string;
  title?: string;
  body: string;
  tags?: string[];
}

/** A knowledge-base entry promoted from an accepted answer. @public */
export interface FaqEntry {
  id: number;
  queueId: string;
  questionId: number;
  answerId: number;
  title: string;
  /** The question's body, Markdown. */
  question: string;
  /** The answer's body, Markdown. */
  answer: string;
  promotedByRef: string;
  createdAt: string;
  updatedAt: string;
}

/** A page of a list. @public */
export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

/** @public */
export type QuestionSort = 'newest' | 'oldest' | 'votes' | 'activity' | 'due';

/** Filters of `GET /questions`. @public */
export interface QuestionQuery {
  queue?: string;
  status?: QuestionStatus[];
  tag?: string;
  /** Asked by the reader. */
  mine?: boolean;
  /** Assigned to the reader. */
  assignedToMe?: boolean;
  /** Past a first-response or resolution due time and still open. */
  breached?: boolean;
  /** Without a first response yet. */
  unanswered?: boolean;
  /** Questions about this entity, or in a queue linked to it. */
  entityRef?: string;
  visibility?: QuestionVisibility;
  /** Words in the title or body. */
  q?: string;
  sort?: QuestionSort;
  /** 1 to 100, default 25. */
  limit?: number;
  offset?: number;
}

/** `POST /questions`. @public */
export interface NewQuestion {
  queueId: string;
  title: string;
  body: string;
  tags?: string[];
  priority?: SupportPriority;
  visibility?: QuestionVisibility;
  entityRef?: string;
}

/** `PATCH /questions/:id`: any of these; the previous version is kept. @public */
export interface QuestionEdit {
  title?: string;
  body?: string;
  tags?: string[];
}

/** `POST /questions/:id/answers`. @public */
export interface NewAnswer {
  kind?: 'answer' | 'comment';
  parentId?: number;
  body: string;
}

/**
 * `POST /questions/:id/status`: resolve, close with a reason (a duplicate
 * names the original), or reopen.
 *
 * @public
 */
export type StatusChange =
  | { status: 'resolved' }
  | { status: 'open' }
  | { status: 'closed'; reason: 'off-topic' | 'stale' }
  | { status: 'closed'; reason: 'duplicate'; duplicateOf: number };

/** A time window `[from, to)` of ISO instants. @public */
export interface MetricsWindow {
  from: string;
  to: string;
}

/** Which questions metrics cover: one queue, one entity (package), or all. @public */
export interface MetricsScope {
  queue?: string;
  entityRef?: string;
}

/** A duration statistic in hours; `null` when no question qualifies. @public */
export interface DurationStat {
  medianHours: number | null;
  p90Hours: number | null;
  count: number;
}

/** Support metrics for one scope and window. See {@link supportMetricDefinitions}. @public */
export interface SupportMetrics {
  scope: MetricsScope;
  window: MetricsWindow;
  /** `metric id -> version` of each definition used. */
  definitions: Record<string, string>;
  timeToFirstResponse: DurationStat;
  resolutionDuration: DurationStat;
  /** 0..1; `null` when no first response was due in the window. */
  withinTargetShare: number | null;
  /** Open questions at the end of the window. */
  backlog: number;
  breaches: number;
  opened: number;
  closed: number;
  /** Opened and closed per UTC day, for a chart. */
  daily: Array<{ date: string; opened: number; closed: number }>;
}

/** `GET /metrics/queues`: one entry per queue the reader may see. @public */
export interface QueueMetricsList {
  window: MetricsWindow;
  overall: SupportMetrics;
  queues: Array<SupportMetrics & { queueId: string }>;
}
