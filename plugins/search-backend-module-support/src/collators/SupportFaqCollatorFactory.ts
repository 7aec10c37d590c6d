import { LoggerService } from '@backstage/backend-plugin-api';
import { DocumentCollatorFactory } from '@backstage/plugin-search-common';
import { Readable } from 'node:stream';
import { readAllPages } from './pages';
import {
  SUPPORT_FAQ_DOCUMENT_TYPE,
  SupportFaqDocument,
  SupportReader,
} from './types';

const PAGE_SIZE = 100;

/** @public */
export interface SupportFaqCollatorFactoryOptions {
  api: SupportReader;
  logger: LoggerService;
}

/**
 * Indexes the FAQ: every page of `GET /faq`, each entry with its question
 * and answer. Entries only come from public questions; an entry of a
 * private queue is left out all the same.
 *
 * @public
 */
export class SupportFaqCollatorFactory implements DocumentCollatorFactory {
  readonly type = SUPPORT_FAQ_DOCUMENT_TYPE;

  constructor(private readonly options: SupportFaqCollatorFactoryOptions) {}

  async getCollator(): Promise<Readable> {
    return Readable.from(this.execute());
  }

  private async *execute(): AsyncGenerator<SupportFaqDocument> {
    const { api, logger } = this.options;
    const queues = new Map((await api.listQueues()).items.map(q => [q.id, q]));
    let indexed = 0;
    for await (const page of readAllPages(
      (offset, limit) => api.listFaq({ limit, offset }),
      PAGE_SIZE,
    )) {
      for (const entry of page) {
        const queue = queues.get(entry.queueId);
        if (queue?.visibility === 'private') {
          continue;
        }
        indexed += 1;
        yield {
          title: entry.title,
          text: `${entry.question}\n\n${entry.answer}`,
          location: `/support/faq/${entry.id}`,
          faqEntryId: entry.id,
          questionId: entry.questionId,
          queue: entry.queueId,
          queueId: entry.queueId,
          queueTitle: queue?.title ?? entry.queueId,
          updatedAt: entry.updatedAt,
        };
      }
    }
    logger.info(`Support search: ${indexed} FAQ entries collected`);
  }
}
