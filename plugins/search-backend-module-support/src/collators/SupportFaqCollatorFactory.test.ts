import { mockServices } from '@backstage/backend-test-utils';
import {
  FakeSupportApi,
  faqEntry,
  queue,
} from '../__testUtils__/FakeSupportApi';
import { SupportFaqCollatorFactory } from './SupportFaqCollatorFactory';
import { SupportFaqDocument } from './types';

async function collect(api: FakeSupportApi) {
  const factory = new SupportFaqCollatorFactory({
    api,
    logger: mockServices.logger.mock(),
  });
  const documents: SupportFaqDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('SupportFaqCollatorFactory', () => {
  it('is the support-faq type', () => {
    const factory = new SupportFaqCollatorFactory({
      api: new FakeSupportApi(),
      logger: mockServices.logger.mock(),
    });
    expect(factory.type).toBe('support-faq');
  });

  it('reads every page of the FAQ', async () => {
    const api = new FakeSupportApi();
    for (let id = 1; id <= 130; id++) {
      api.faq.push(faqEntry(id));
    }
    const documents = await collect(api);
    expect(documents).toHaveLength(130);
    expect(api.faqQueries).toEqual([
      { limit: 100, offset: 0 },
      { limit: 100, offset: 100 },
    ]);
  });

  it('shapes an entry with its question and answer', async () => {
    const api = new FakeSupportApi();
    api.faq.push(
      faqEntry(4, {
        questionId: 42,
        title: 'Does Kestrel guarantee exactly-once delivery?',
        question: 'Do flows deliver exactly once?',
        answer: 'No: **at least once**. Make writes idempotent.',
      }),
    );
    expect(await collect(api)).toEqual([
      {
        title: 'Does Kestrel guarantee exactly-once delivery?',
        text: 'Do flows deliver exactly once?\n\nNo: **at least once**. Make writes idempotent.',
        location: '/support/faq/4',
        faqEntryId: 4,
        questionId: 42,
        queue: 'kestrel-flow',
        queueId: 'kestrel-flow',
        queueTitle: 'Queue kestrel-flow',
        updatedAt: '2026-02-02T00:00:00.000Z',
      },
    ]);
  });

  it('leaves out entries of private queues', async () => {
    const api = new FakeSupportApi();
    api.queues.push(queue('security', 'private'));
    api.faq.push(faqEntry(1), faqEntry(2, { queueId: 'security' }));
    expect((await collect(api)).map(d => d.faqEntryId)).toEqual([1]);
  });
});
