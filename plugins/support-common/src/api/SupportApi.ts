import type {
  Answer,
  FaqEntry,
  MetricsScope,
  MetricsWindow,
  NewAnswer,
  NewQuestion,
  Page,
  QueueMetricsList,
  Question,
  QuestionDetails,
  QuestionEdit,
  QuestionQuery,
  QuestionSummary,
  Revision,
  StatusChange,
  SupportPriority,
  SupportQueue,
  SupportQueueSummary,
  SupportMetrics,
} from './types';
import type { SupportMetricDefinition } from '../metricDefinitions';

/**
 * The support HTTP API (`/api/support`, described by the backend's
 * `src/schema/openapi.yaml`), as a typed client sees it.
 *
 * @public
 */
export interface SupportApi {
  /** `GET /queues` */
  listQueues(): Promise<{ items: SupportQueueSummary[] }>;
  /** `GET /queues/:id` */
  getQueue(id: string): Promise<SupportQueueSummary>;
  /** `GET /questions` */
  listQuestions(query?: QuestionQuery): Promise<Page<QuestionSummary>>;
  /** `GET /questions/similar?q=&queue=`: up to 5 readable questions like a draft title. */
  findSimilarQuestions(
    text: string,
    queue?: string,
  ): Promise<{ items: QuestionSummary[] }>;
  /** `POST /questions` (201) */
  createQuestion(question: NewQuestion): Promise<Question>;
  /** `GET /questions/:id` */
  getQuestion(id: number): Promise<QuestionDetails>;
  /** `PATCH /questions/:id` */
  editQuestion(id: number, edit: QuestionEdit): Promise<Question>;
  /** `GET /questions/:id/revisions` */
  listQuestionRevisions(id: number): Promise<{ items: Revision[] }>;
  /** `POST /questions/:id/answers` (201) */
  addAnswer(questionId: number, answer: NewAnswer): Promise<Answer>;
  /** `PATCH /answers/:id` */
  editAnswer(answerId: number, body: string): Promise<Answer>;
  /** `GET /answers/:id/revisions` */
  listAnswerRevisions(answerId: number): Promise<{ items: Revision[] }>;
  /** `PUT /questions/:id/vote` with `{ value: 1 | -1 | 0 }` */
  voteQuestion(
    id: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }>;
  /** `PUT /answers/:id/vote` with `{ value: 1 | -1 | 0 }` */
  voteAnswer(
    answerId: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }>;
  /** `POST /questions/:id/accept` with `{ answerId }` (`null` un-accepts) */
  acceptAnswer(questionId: number, answerId: number | null): Promise<Question>;
  /** `POST /questions/:id/status` */
  changeStatus(questionId: number, change: StatusChange): Promise<Question>;
  /** `POST /questions/:id/assign` with `{ assigneeRef }` (`null` unassigns) */
  assign(questionId: number, assigneeRef: string | null): Promise<Question>;
  /** `POST /questions/:id/priority` with `{ priority }`; due times are recomputed */
  setPriority(questionId: number, priority: SupportPriority): Promise<Question>;
  /** `POST /questions/:id/move` with `{ queueId }` */
  moveQuestion(questionId: number, queueId: string): Promise<Question>;
  /** `POST /questions/:id/faq` with `{ answerId, title? }` (201) */
  promoteToFaq(
    questionId: number,
    answerId: number,
    title?: string,
  ): Promise<FaqEntry>;
  /** `GET /faq?queue=&q=&limit=&offset=` */
  listFaq(query?: {
    queue?: string;
    q?: string;
    limit?: number;
    offset?: number;
  }): Promise<Page<FaqEntry>>;
  /** `GET /faq/:id` */
  getFaqEntry(id: number): Promise<FaqEntry>;
  /** `DELETE /faq/:id` (204) */
  deleteFaqEntry(id: number): Promise<void>;
  /** `GET /metrics?from=&to=&queue=&entityRef=` */
  getMetrics(
    window: MetricsWindow,
    scope?: MetricsScope,
  ): Promise<SupportMetrics>;
  /** `GET /metrics/queues?from=&to=` */
  getQueueMetrics(window: MetricsWindow): Promise<QueueMetricsList>;
  /** `GET /metrics/definitions` */
  getMetricDefinitions(): Promise<{ items: SupportMetricDefinition[] }>;
}

export type { SupportQueue };
