import { ResponseError } from '@backstage/errors';
import type { SupportMetricDefinition } from '../metricDefinitions';
import type { SupportApi } from './SupportApi';
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
  SupportMetrics,
  SupportPriority,
  SupportQueueSummary,
} from './types';

/** @public */
export interface SupportClientOptions {
  discoveryApi: { getBaseUrl(pluginId: string): Promise<string> };
  fetchApi?: { fetch: typeof fetch };
}

type QueryValue = string | number | boolean | string[] | undefined | null;

/**
 * A query string from the set values only; arrays repeat their key
 * (`status=open&status=answered`), `false` flags are left out.
 */
function queryString(values: Record<string, QueryValue>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    if (Array.isArray(value)) {
      value.forEach(item => query.append(key, item));
    } else if (value !== '') {
      query.set(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

const questionPath = (id: number) => `/questions/${encodeURIComponent(id)}`;
const answerPath = (id: number) => `/answers/${encodeURIComponent(id)}`;

/**
 * A {@link SupportApi} over HTTP, for the browser and for other backends.
 *
 * @public
 */
export class SupportClient implements SupportApi {
  private readonly discoveryApi: SupportClientOptions['discoveryApi'];
  private readonly fetchApi: { fetch: typeof fetch };

  constructor(options: SupportClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi ?? { fetch: globalThis.fetch };
  }

  listQueues(): Promise<{ items: SupportQueueSummary[] }> {
    return this.json('/queues');
  }

  getQueue(id: string): Promise<SupportQueueSummary> {
    return this.json(`/queues/${encodeURIComponent(id)}`);
  }

  listQuestions(query: QuestionQuery = {}): Promise<Page<QuestionSummary>> {
    return this.json(
      `/questions${queryString({
        queue: query.queue,
        status: query.status,
        tag: query.tag,
        mine: query.mine,
        assignedToMe: query.assignedToMe,
        breached: query.breached,
        unanswered: query.unanswered,
        entityRef: query.entityRef,
        visibility: query.visibility,
        q: query.q,
        sort: query.sort,
        limit: query.limit,
        offset: query.offset,
      })}`,
    );
  }

  findSimilarQuestions(
    text: string,
    queue?: string,
  ): Promise<{ items: QuestionSummary[] }> {
    return this.json(`/questions/similar${queryString({ q: text, queue })}`);
  }

  createQuestion(question: NewQuestion): Promise<Question> {
    return this.send('POST', '/questions', question);
  }

  getQuestion(id: number): Promise<QuestionDetails> {
    return this.json(questionPath(id));
  }

  editQuestion(id: number, edit: QuestionEdit): Promise<Question> {
    return this.send('PATCH', questionPath(id), edit);
  }

  listQuestionRevisions(id: number): Promise<{ items: Revision[] }> {
    return this.json(`${questionPath(id)}/revisions`);
  }

  addAnswer(questionId: number, answer: NewAnswer): Promise<Answer> {
    return this.send('POST', `${questionPath(questionId)}/answers`, answer);
  }

  editAnswer(answerId: number, body: string): Promise<Answer> {
    return this.send('PATCH', answerPath(answerId), { body });
  }

  listAnswerRevisions(answerId: number): Promise<{ items: Revision[] }> {
    return this.json(`${answerPath(answerId)}/revisions`);
  }

  voteQuestion(
    id: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }> {
    return this.send('PUT', `${questionPath(id)}/vote`, { value });
  }

  voteAnswer(
    answerId: number,
    value: 1 | -1 | 0,
  ): Promise<{ score: number; myVote: number }> {
    return this.send('PUT', `${answerPath(answerId)}/vote`, { value });
  }

  acceptAnswer(questionId: number, answerId: number | null): Promise<Question> {
    return this.send('POST', `${questionPath(questionId)}/accept`, {
      answerId,
    });
  }

  changeStatus(questionId: number, change: StatusChange): Promise<Question> {
    return this.send('POST', `${questionPath(questionId)}/status`, change);
  }

  assign(questionId: number, assigneeRef: string | null): Promise<Question> {
    return this.send('POST', `${questionPath(questionId)}/assign`, {
      assigneeRef,
    });
  }

  setPriority(
    questionId: number,
    priority: SupportPriority,
  ): Promise<Question> {
    return this.send('POST', `${questionPath(questionId)}/priority`, {
      priority,
    });
  }

  moveQuestion(questionId: number, queueId: string): Promise<Question> {
    return this.send('POST', `${questionPath(questionId)}/move`, { queueId });
  }

  promoteToFaq(
    questionId: number,
    answerId: number,
    title?: string,
  ): Promise<FaqEntry> {
    return this.send(
      'POST',
      `${questionPath(questionId)}/faq`,
      title === undefined ? { answerId } : { answerId, title },
    );
  }

  listFaq(
    query: { queue?: string; q?: string; limit?: number; offset?: number } = {},
  ): Promise<Page<FaqEntry>> {
    return this.json(
      `/faq${queryString({
        queue: query.queue,
        q: query.q,
        limit: query.limit,
        offset: query.offset,
      })}`,
    );
  }

  getFaqEntry(id: number): Promise<FaqEntry> {
    return this.json(`/faq/${encodeURIComponent(id)}`);
  }

  async deleteFaqEntry(id: number): Promise<void> {
    await this.request(`/faq/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  getMetrics(
    window: MetricsWindow,
    scope: MetricsScope = {},
  ): Promise<SupportMetrics> {
    return this.json(
      `/metrics${queryString({
        from: window.from,
        to: window.to,
        queue: scope.queue,
        entityRef: scope.entityRef,
      })}`,
    );
  }

  getQueueMetrics(window: MetricsWindow): Promise<QueueMetricsList> {
    return this.json(
      `/metrics/queues${queryString({ from: window.from, to: window.to })}`,
    );
  }

  getMetricDefinitions(): Promise<{ items: SupportMetricDefinition[] }> {
    return this.json('/metrics/definitions');
  }

  private send<T>(method: string, path: string, body: unknown): Promise<T> {
    return this.json(path, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  }

  private async request(path: string, init?: RequestInit): Promise<Response> {
    const baseUrl = await this.discoveryApi.getBaseUrl('support');
    const response = await this.fetchApi.fetch(`${baseUrl}${path}`, init);
    if (!response.ok) {
      throw await ResponseError.fromResponse(response);
    }
    return response;
  }

  private async json<T>(path: string, init?: RequestInit): Promise<T> {
    const response = await this.request(path, init);
    return (await response.json()) as T;
  }
}
