import { BackstageCredentials } from '@backstage/backend-plugin-api';
import {
  Answer,
  FaqEntry,
  MetricsScope,
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
  SupportMetrics,
  SupportPriority,
  SupportQueueSummary,
} from '@community-hub/plugin-support-common';
import { answerOperations } from './answerOperations';
import { createSupportContext, SupportServiceOptions } from './context';
import { faqOperations } from './faqOperations';
import { metricsOperations } from './metricsOperations';
import { moderationOperations } from './moderationOperations';
import { questionOperations } from './questionOperations';
import { queueOperations } from './queueOperations';

/** A time window of metrics, as dates. */
export interface MetricsRange {
  from: Date;
  to: Date;
}

/**
 * The rules of community support, for the routes and the actions alike.
 * Every method takes the caller's credentials and checks them: a question
 * the caller may not read is reported as missing (NotFoundError), an action
 * the caller may not take as NotAllowedError, a state that forbids it as
 * ConflictError and input that does not fit as InputError naming the field.
 */
export interface SupportService {
  listQueues(
    credentials: BackstageCredentials,
  ): Promise<{ items: SupportQueueSummary[] }>;
  getQueue(
    credentials: BackstageCredentials,
    id: string,
  ): Promise<SupportQueueSummary>;

  listQuestions(
    credentials: BackstageCredentials,
    query: QuestionQuery,
  ): Promise<Page<QuestionSummary>>;
  findSimilarQuestions(
    credentials: BackstageCredentials,
    text: string,
    queueId?: string,
  ): Promise<{ items: QuestionSummary[] }>;
  createQuestion(
    credentials: BackstageCredentials,
    question: NewQuestion,
  ): Promise<Question>;
  getQuestion(
    credentials: BackstageCredentials,
    id: number,
  ): Promise<QuestionDetails>;
  editQuestion(
    credentials: BackstageCredentials,
    id: number,
    edit: QuestionEdit,
  ): Promise<Question>;
  listQuestionRevisions(
    credentials: BackstageCredentials,
    id: number,
  ): Promise<{ items: Revision[] }>;
  voteQuestion(
    credentials: BackstageCredentials,
    id: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }>;
  changeStatus(
    credentials: BackstageCredentials,
    id: number,
    change: StatusChange,
  ): Promise<Question>;

  assign(
    credentials: BackstageCredentials,
    id: number,
    assigneeRef: string | null,
  ): Promise<Question>;
  setPriority(
    credentials: BackstageCredentials,
    id: number,
    priority: SupportPriority,
  ): Promise<Question>;
  moveQuestion(
    credentials: BackstageCredentials,
    id: number,
    queueId: string,
  ): Promise<Question>;

  addAnswer(
    credentials: BackstageCredentials,
    questionId: number,
    answer: NewAnswer,
  ): Promise<Answer>;
  editAnswer(
    credentials: BackstageCredentials,
    answerId: number,
    body: string,
  ): Promise<Answer>;
  listAnswerRevisions(
    credentials: BackstageCredentials,
    answerId: number,
  ): Promise<{ items: Revision[] }>;
  voteAnswer(
    credentials: BackstageCredentials,
    answerId: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }>;
  acceptAnswer(
    credentials: BackstageCredentials,
    questionId: number,
    answerId: number | null,
  ): Promise<Question>;

  promoteToFaq(
    credentials: BackstageCredentials,
    questionId: number,
    answerId: number,
    title?: string,
  ): Promise<FaqEntry>;
  listFaq(
    credentials: BackstageCredentials,
    query: { queue?: string; q?: string; limit: number; offset: number },
  ): Promise<Page<FaqEntry>>;
  getFaqEntry(credentials: BackstageCredentials, id: number): Promise<FaqEntry>;
  deleteFaqEntry(credentials: BackstageCredentials, id: number): Promise<void>;

  getMetrics(
    credentials: BackstageCredentials,
    window: MetricsRange,
    scope: MetricsScope,
  ): Promise<SupportMetrics>;
  getQueueMetrics(
    credentials: BackstageCredentials,
    window: MetricsRange,
  ): Promise<QueueMetricsList>;
}

/** Builds the support service from the store, the queues and the authorizer. */
export function createSupportService(
  options: SupportServiceOptions,
): SupportService {
  const context = createSupportContext(options);
  return {
    ...queueOperations(context),
    ...questionOperations(context),
    ...moderationOperations(context),
    ...answerOperations(context),
    ...faqOperations(context),
    ...metricsOperations(context),
  };
}

export type { SupportServiceOptions } from './context';
