import type {
  Answer,
  CloseReason,
  FaqEntry,
  Question,
  QuestionLink,
  QuestionStatus,
  QuestionSummary,
  QuestionVisibility,
  Revision,
  SupportPriority,
} from '@community-hub/plugin-support-common';
import type { MetricQuestionRow } from './SupportStore';

/** Table names of the support plugin. */
export const TABLES = {
  questions: 'support_questions',
  questionTags: 'support_question_tags',
  answers: 'support_answers',
  votes: 'support_votes',
  revisions: 'support_revisions',
  faq: 'support_faq_entries',
} as const;

/**
 * Instants are stored as epoch milliseconds. PostgreSQL hands bigints back
 * as strings, SQLite as numbers.
 */
export type Millis = number | string;

/** A row of `support_questions`. */
export interface QuestionRow {
  id: number;
  queue_id: string;
  team_ref: string;
  title: string;
  body?: string;
  tags: string;
  priority: SupportPriority;
  visibility: QuestionVisibility;
  status: QuestionStatus;
  close_reason: CloseReason | null;
  duplicate_of_id: number | null;
  author_ref: string;
  assignee_ref: string | null;
  entity_ref: string | null;
  created_at: Millis;
  updated_at: Millis;
  first_response_at: Millis | null;
  first_response_due_at: Millis;
  resolution_due_at: Millis;
  resolved_at: Millis | null;
  closed_at: Millis | null;
  first_response_breached_at: Millis | null;
  resolution_breached_at: Millis | null;
  escalated_at: Millis | null;
  accepted_answer_id: number | null;
  score: number;
  answer_count: number;
}

/** A row of `support_answers`, with the question's accepted answer and the viewer's vote joined in. */
export interface AnswerRow {
  id: number;
  question_id: number;
  kind: 'answer' | 'comment';
  parent_id: number | null;
  body: string;
  author_ref: string;
  created_at: Millis;
  updated_at: Millis;
  score: number;
  accepted_answer_id?: number | null;
  my_vote?: number | null;
}

/** A row of `support_revisions`. */
export interface RevisionRow {
  id: number;
  target_type: 'question' | 'answer';
  target_id: number;
  editor_ref: string;
  created_at: Millis;
  title: string | null;
  body: string;
  tags: string | null;
}

/** A row of `support_faq_entries`. */
export interface FaqRow {
  id: number;
  queue_id: string;
  question_id: number;
  answer_id: number;
  title: string;
  question: string;
  answer: string;
  promoted_by_ref: string;
  created_at: Millis;
  updated_at: Millis;
}

/** The columns of a question summary: everything but the body. */
export const SUMMARY_COLUMNS = [
  'id',
  'queue_id',
  'team_ref',
  'title',
  'tags',
  'priority',
  'visibility',
  'status',
  'close_reason',
  'duplicate_of_id',
  'author_ref',
  'assignee_ref',
  'entity_ref',
  'created_at',
  'updated_at',
  'first_response_at',
  'first_response_due_at',
  'resolution_due_at',
  'resolved_at',
  'closed_at',
  'first_response_breached_at',
  'resolution_breached_at',
  'escalated_at',
  'accepted_answer_id',
  'score',
  'answer_count',
].map(column => `${TABLES.questions}.${column}`);

/** The columns metrics are computed from. */
export const METRIC_COLUMNS = [
  'id',
  'queue_id',
  'priority',
  'status',
  'created_at',
  'first_response_at',
  'first_response_due_at',
  'resolution_due_at',
  'resolved_at',
];

/** A `Date` as stored. */
export function toMillis(date: Date): number {
  return date.getTime();
}

/** A stored instant as an ISO string. */
export function isoOf(value: Millis): string {
  return new Date(Number(value)).toISOString();
}

function optionalIso(value: Millis | null | undefined): string | undefined {
  return value === null || value === undefined ? undefined : isoOf(value);
}

/** Drops the keys whose value is `undefined`, so results compare and serialise cleanly. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/** Parses a JSON array of strings, as tags are stored. */
export function parseTags(text: string | null): string[] {
  if (!text) return [];
  const parsed = JSON.parse(text);
  return Array.isArray(parsed) ? parsed.map(String) : [];
}

/** A question row as a list shows it. */
export function toSummary(row: QuestionRow): QuestionSummary {
  return compact({
    id: Number(row.id),
    queueId: row.queue_id,
    title: row.title,
    tags: parseTags(row.tags),
    priority: row.priority,
    visibility: row.visibility,
    status: row.status,
    closeReason: row.close_reason ?? undefined,
    duplicateOfId:
      row.duplicate_of_id === null ? undefined : Number(row.duplicate_of_id),
    authorRef: row.author_ref,
    assigneeRef: row.assignee_ref ?? undefined,
    entityRef: row.entity_ref ?? undefined,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
    firstResponseAt: optionalIso(row.first_response_at),
    firstResponseDueAt: isoOf(row.first_response_due_at),
    resolutionDueAt: isoOf(row.resolution_due_at),
    resolvedAt: optionalIso(row.resolved_at),
    closedAt: optionalIso(row.closed_at),
    firstResponseBreachedAt: optionalIso(row.first_response_breached_at),
    resolutionBreachedAt: optionalIso(row.resolution_breached_at),
    escalatedAt: optionalIso(row.escalated_at),
    acceptedAnswerId:
      row.accepted_answer_id === null
        ? undefined
        : Number(row.accepted_answer_id),
    score: Number(row.score),
    answerCount: Number(row.answer_count),
  });
}

/** A question row with its body. */
export function toQuestion(row: QuestionRow): Question {
  return { ...toSummary(row), body: row.body ?? '' };
}

/** One side of a duplicate link. */
export function toLink(
  row: Pick<QuestionRow, 'id' | 'title' | 'status'>,
): QuestionLink {
  return { id: Number(row.id), title: row.title, status: row.status };
}

/** An answer row with the viewer's vote. */
export function toAnswer(row: AnswerRow): Answer {
  return compact({
    id: Number(row.id),
    questionId: Number(row.question_id),
    kind: row.kind,
    parentId: row.parent_id === null ? undefined : Number(row.parent_id),
    body: row.body,
    authorRef: row.author_ref,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
    score: Number(row.score),
    accepted:
      row.accepted_answer_id !== null &&
      row.accepted_answer_id !== undefined &&
      Number(row.accepted_answer_id) === Number(row.id),
    myVote: Number(row.my_vote ?? 0),
  });
}

/** A saved version of a question or answer. */
export function toRevision(row: RevisionRow): Revision {
  return compact({
    id: Number(row.id),
    editorRef: row.editor_ref,
    createdAt: isoOf(row.created_at),
    title: row.title ?? undefined,
    body: row.body,
    tags: row.tags === null ? undefined : parseTags(row.tags),
  });
}

/** An FAQ row. */
export function toFaqEntry(row: FaqRow): FaqEntry {
  return {
    id: Number(row.id),
    queueId: row.queue_id,
    questionId: Number(row.question_id),
    answerId: Number(row.answer_id),
    title: row.title,
    question: row.question,
    answer: row.answer,
    promotedByRef: row.promoted_by_ref,
    createdAt: isoOf(row.created_at),
    updatedAt: isoOf(row.updated_at),
  };
}

/** The columns metrics need, as `Date`s. */
export function toMetricRow(row: QuestionRow): MetricQuestionRow {
  // Built directly (no `compact`): a metrics window maps hundreds of rows.
  const metricRow: MetricQuestionRow = {
    id: Number(row.id),
    queueId: row.queue_id,
    priority: row.priority,
    status: row.status,
    createdAt: new Date(Number(row.created_at)),
    firstResponseDueAt: new Date(Number(row.first_response_due_at)),
    resolutionDueAt: new Date(Number(row.resolution_due_at)),
  };
  if (row.first_response_at !== null && row.first_response_at !== undefined) {
    metricRow.firstResponseAt = new Date(Number(row.first_response_at));
  }
  if (row.resolved_at !== null && row.resolved_at !== undefined) {
    metricRow.resolvedAt = new Date(Number(row.resolved_at));
  }
  return metricRow;
}

/** The id of an inserted row, whichever shape the driver returns it in. */
export function insertedId(result: unknown[]): number {
  const first = result[0] as number | { id: number };
  return Number(typeof first === 'object' ? first.id : first);
}

/** Whether an error is a unique-constraint violation on PostgreSQL or SQLite. */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as {
    code?: string;
    message?: string;
  };
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    /UNIQUE constraint failed/.test(message ?? '')
  );
}
