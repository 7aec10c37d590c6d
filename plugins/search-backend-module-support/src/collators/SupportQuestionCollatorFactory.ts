import { LoggerService } from '@backstage/backend-plugin-api';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import {
  QuestionDetails,
  QuestionSummary,
  supportQuestionReadPermission,
} from '@community-hub/plugin-support-common';
import { Readable } from 'node:stream';
import { mapConcurrently, readAllPages } from './pages';
import { excerpt } from './text';
import {
  SUPPORT_QUESTION_DOCUMENT_TYPE,
  SupportQuestionDocument,
  SupportReader,
} from './types';

const PAGE_SIZE = 100;
const CONCURRENCY = 4;
const ANSWER_EXCERPT_LENGTH = 1000;

/**
 * The permission resource ref of a question, which the search backend
 * checks for each reader before showing a result.
 *
 * @public
 */
export const questionResourceRef = (id: number) => `support-ticket:${id}`;

/** @public */
export interface SupportQuestionCollatorFactoryOptions {
  api: SupportReader;
  logger: LoggerService;
}

const isNotFound = (error: unknown) =>
  (error as { statusCode?: number })?.statusCode === 404;

/**
 * Indexes public support questions: every page of
 * `GET /questions?visibility=public`, with each question's body and an
 * excerpt of its accepted answer. Private questions, and questions of
 * private queues, are never indexed, whatever the API returns.
 *
 * @public
 */
export class SupportQuestionCollatorFactory implements DocumentCollatorFactory {
  readonly type = SUPPORT_QUESTION_DOCUMENT_TYPE;
  readonly visibilityPermission = supportQuestionReadPermission;

  constructor(
    private readonly options: SupportQuestionCollatorFactoryOptions,
  ) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<SupportQuestionDocument> {
    const { api, logger } = this.options;
    const queues = new Map((await api.listQueues()).items.map(q => [q.id, q]));
    let indexed = 0;
    let skipped = 0;
    const pages = readAllPages(
      (offset, limit) =>
        api.listQuestions({
          visibility: 'public',
          sort: 'oldest',
          limit,
          offset,
        }),
      PAGE_SIZE,
    );
    for await (const page of pages) {
      const readable = page.filter(
        q =>
          q.visibility === 'public' &&
          queues.get(q.queueId)?.visibility !== 'private',
      );
      skipped += page.length - readable.length;
      const details = await mapConcurrently(readable, CONCURRENCY, q =>
        api.getQuestion(q.id).catch(error => {
          if (isNotFound(error)) {
            return undefined; // deleted since the list was read
          }
          throw error;
        }),
      );
      for (const [i, summary] of readable.entries()) {
        const detail = details[i];
        // Re-checked on the full question: it may have turned private meanwhile
        if (detail && detail.question.visibility === 'public') {
          indexed += 1;
          yield toDocument(summary, detail, queues.get(summary.queueId)?.title);
        }
      }
    }
    if (skipped > 0) {
      logger.warn(
        `Support search: left out ${skipped} questions that are not public`,
      );
    }
    logger.info(`Support search: ${indexed} public questions collected`);
  }
}

function toDocument(
  summary: QuestionSummary,
  details: QuestionDetails,
  queueTitle: string | undefined,
): SupportQuestionDocument {
  const { question } = details;
  const accepted = details.answers.find(
    a => a.accepted || a.id === question.acceptedAnswerId,
  );
  const text = accepted
    ? `${question.body}\n\nAccepted answer: ${excerpt(
        accepted.body,
        ANSWER_EXCERPT_LENGTH,
      )}`
    : question.body;
  return {
    title: question.title,
    text,
    location: `/support/questions/${question.id}`,
    questionId: question.id,
    queue: question.queueId,
    queueId: question.queueId,
    queueTitle: queueTitle ?? question.queueId,
    status: question.status,
    priority: question.priority,
    tags: question.tags,
    answerCount: question.answerCount,
    score: question.score,
    answered: Boolean(accepted),
    createdAt: summary.createdAt,
    authorization: { resourceRef: questionResourceRef(question.id) },
  };
}
