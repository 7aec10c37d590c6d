import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import type {
  Answer,
  CloseReason,
  FaqEntry,
  Page,
  Question,
  QuestionLink,
  QuestionSort,
  QuestionStatus,
  QuestionSummary,
  QuestionVisibility,
  Revision,
  SupportPriority,
} from '@community-hub/plugin-support-common';

/**
 * One condition of a read filter, produced by the `support-ticket`
 * permission rules' `toQuery`: the question's column is one of `values`.
 * `visibility` holds `public`/`private`, `authorRef` and `teamRef` entity refs.
 */
export interface TicketFilter {
  property: 'visibility' | 'authorRef' | 'teamRef';
  values: string[];
}

/** Which questions the reader may see; `undefined` means all of them. */
export type ReadFilter = PermissionCriteria<TicketFilter> | undefined;

export interface NewQuestionRecord {
  queueId: string;
  /** The queue team at the time of creation (kept in sync on move). */
  teamRef: string;
  title: string;
  body: string;
  tags: string[];
  priority: SupportPriority;
  visibility: QuestionVisibility;
  authorRef: string;
  entityRef?: string;
  createdAt: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

export interface QuestionListQuery {
  queueIds?: string[];
  status?: QuestionStatus[];
  tag?: string;
  authorRef?: string;
  assigneeRef?: string;
  /** Open and past a due time without the response/resolution (breached columns set). */
  breached?: boolean;
  /** No first response yet. */
  unanswered?: boolean;
  /** Questions with this entity ref, or in one of `entityQueueIds`. */
  entityRef?: string;
  entityQueueIds?: string[];
  visibility?: QuestionVisibility;
  /** Words, each matched case-insensitively in title or body. */
  words?: string[];
  sort: QuestionSort;
  limit: number;
  offset: number;
}

/** Columns a service may change on a question. `null` clears a value. */
export interface QuestionPatch {
  title?: string;
  body?: string;
  tags?: string[];
  status?: QuestionStatus;
  closeReason?: CloseReason | null;
  duplicateOfId?: number | null;
  assigneeRef?: string | null;
  priority?: SupportPriority;
  /** Only ever to `private`: a question moved into a private queue. */
  visibility?: QuestionVisibility;
  queueId?: string;
  teamRef?: string;
  firstResponseDueAt?: Date;
  resolutionDueAt?: Date;
  /** When it last left `open`; cleared on reopen. */
  resolvedAt?: Date | null;
  closedAt?: Date | null;
  /** Cleared when due times are recomputed. */
  firstResponseBreachedAt?: null;
  resolutionBreachedAt?: null;
  escalatedAt?: null;
  updatedAt: Date;
}

export interface NewAnswerRecord {
  questionId: number;
  kind: 'answer' | 'comment';
  parentId?: number;
  body: string;
  authorRef: string;
  /** Whether this reply is the question's first response if it has none (not the author, not a bot). */
  countsAsResponse: boolean;
  createdAt: Date;
}

export type VoteTarget = { type: 'question' | 'answer'; id: number };

/** A question that newly breached or escalated during a scan. */
export interface BreachedQuestion {
  id: number;
  queueId: string;
  teamRef: string;
  title: string;
  kind: 'first-response' | 'resolution';
}

/**
 * The columns metrics are computed from. Dates are `Date`s. The breach
 * marks are not among them: breaches are counted from the due times.
 */
export interface MetricQuestionRow {
  id: number;
  queueId: string;
  priority: SupportPriority;
  status: QuestionStatus;
  createdAt: Date;
  firstResponseAt?: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  resolvedAt?: Date;
}

export interface QueueCounts {
  open: number;
  unanswered: number;
  breached: number;
}

export interface NewFaqRecord {
  queueId: string;
  questionId: number;
  answerId: number;
  title: string;
  question: string;
  answer: string;
  promotedByRef: string;
  createdAt: Date;
}

/**
 * All SQL of the support backend. Writes run in transactions, so a
 * question whose create was acknowledged is stored; list reads apply the
 * read filter in SQL, so totals and pages never count hidden questions.
 * Every method that takes a `filter` treats a question outside it as missing.
 */
export interface SupportStore {
  createQuestion(record: NewQuestionRecord): Promise<Question>;
  getQuestion(id: number, filter?: ReadFilter): Promise<Question | undefined>;
  /** The team column of a question, whatever the filter (for authorization). */
  getQuestionTeam(
    id: number,
  ): Promise<
    | { teamRef: string; authorRef: string; visibility: QuestionVisibility }
    | undefined
  >;
  listQuestions(
    query: QuestionListQuery,
    filter: ReadFilter,
  ): Promise<{ items: QuestionSummary[]; totalCount: number }>;
  /** Up to `limit` questions sharing the most of `words` in their titles. */
  findSimilar(
    words: string[],
    filter: ReadFilter,
    options: { queueId?: string; limit: number; excludeId?: number },
  ): Promise<QuestionSummary[]>;
  /**
   * Updates a question. With `revision`, the version before the change
   * (title, body, tags) is saved as a revision in the same transaction.
   */
  updateQuestion(
    id: number,
    patch: QuestionPatch,
    revision?: { editorRef: string },
  ): Promise<Question>;
  /** Saved versions, oldest first; the current version is not among them. */
  listRevisions(target: VoteTarget): Promise<Revision[]>;

  /**
   * Adds an answer or comment, raises the answer count for answers and sets
   * the question's first response time when `countsAsResponse` and unset.
   */
  addAnswer(record: NewAnswerRecord): Promise<Answer>;
  getAnswer(id: number, viewerRef?: string): Promise<Answer | undefined>;
  /** Answers and comments of a question, oldest first, with the viewer's votes. */
  listAnswers(questionId: number, viewerRef?: string): Promise<Answer[]>;
  editAnswer(
    id: number,
    body: string,
    editor: { editorRef: string; at: Date },
  ): Promise<Answer>;

  /** Sets a person's vote (1, -1, or 0 to remove) and returns the new score. */
  vote(
    target: VoteTarget,
    userRef: string,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }>;
  getVote(target: VoteTarget, userRef: string): Promise<number>;

  /**
   * Marks `answerId` as the accepted answer (un-marking any other) and sets
   * the status to `answered`; `null` un-accepts and reopens.
   */
  acceptAnswer(
    questionId: number,
    answerId: number | null,
    at: Date,
  ): Promise<Question>;

  /** Questions closed as duplicates of this one. */
  listDuplicates(
    questionId: number,
    filter: ReadFilter,
  ): Promise<QuestionLink[]>;

  createFaqEntry(record: NewFaqRecord): Promise<FaqEntry>;
  getFaqEntry(id: number): Promise<FaqEntry | undefined>;
  getFaqEntryForQuestion(questionId: number): Promise<FaqEntry | undefined>;
  listFaq(query: {
    queueIds?: string[];
    words?: string[];
    limit: number;
    offset: number;
  }): Promise<Page<FaqEntry>>;
  deleteFaqEntry(id: number): Promise<boolean>;

  /** Live numbers per queue, over the questions the filter lets through. */
  countByQueue(filter: ReadFilter): Promise<Map<string, QueueCounts>>;

  /**
   * Marks open questions whose first-response or resolution due time is
   * before `now` and not yet marked; returns the newly marked ones.
   */
  markBreaches(now: Date): Promise<BreachedQuestion[]>;
  /**
   * Marks as escalated the open questions of `queueIds` that breached before
   * `breachedBefore` and are not escalated yet; returns them.
   */
  markEscalations(
    now: Date,
    thresholds: Array<{ queueIds: string[]; breachedBefore: Date }>,
  ): Promise<BreachedQuestion[]>;

  /**
   * The questions a metrics window is computed from: created before `to`,
   * with their creation, the time they last left open, or a first-response
   * or resolution due time in `[from, to)`. Questions that only add to the
   * open backlog are counted by {@link SupportStore.metricBacklog} instead.
   */
  metricRows(
    scope: { queueIds?: string[]; entityRef?: string },
    window: { from: Date; to: Date },
  ): Promise<MetricQuestionRow[]>;

  /**
   * Per queue, the questions of the scope created before `at` that were
   * still open at `at` (open now, or left open at or after it): the open
   * backlog of a window ending at `at`. Queues without any are missing.
   */
  metricBacklog(
    scope: { queueIds?: string[]; entityRef?: string },
    at: Date,
  ): Promise<Map<string, number>>;

  /**
   * {@link SupportStore.metricRows} of a window and the open backlog at its
   * end, over the whole scope (the sum of
   * {@link SupportStore.metricBacklog}), read together.
   */
  metricWindow(
    scope: { queueIds?: string[]; entityRef?: string },
    window: { from: Date; to: Date },
  ): Promise<{ rows: MetricQuestionRow[]; backlog: number }>;
}
