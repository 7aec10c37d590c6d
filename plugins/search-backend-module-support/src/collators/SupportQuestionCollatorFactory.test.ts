import { mockServices } from '@backstage/backend-test-utils';
import { supportQuestionReadPermission } from '@community-hub/plugin-support-common';
import {
  answer,
  FakeSupportApi,
  question,
  queue,
} from '../__testUtils__/FakeSupportApi';
import { SupportQuestionCollatorFactory } from './SupportQuestionCollatorFactory';
import { SupportQuestionDocument } from './types';

async function collect(api: FakeSupportApi) {
  const factory = new SupportQuestionCollatorFactory({
    api,
    logger: mockServices.logger.mock(),
  });
  const documents: SupportQuestionDocument[] = [];
  for await (const document of await factory.getCollator()) {
    documents.push(document);
  }
  return documents;
}

describe('SupportQuestionCollatorFactory', () => {
  it('is the support-question type, checked with the read permission', () => {
    const factory = new SupportQuestionCollatorFactory({
      api: new FakeSupportApi(),
      logger: mockServices.logger.mock(),
    });
    expect(factory.type).toBe('support-question');
    expect(factory.visibilityPermission).toBe(supportQuestionReadPermission);
  });

  it('reads every page of public questions', async () => {
    const api = new FakeSupportApi();
    for (let id = 1; id <= 250; id++) {
      api.questions.push(
        question(id, { visibility: id % 9 === 0 ? 'private' : 'public' }),
      );
    }
    const documents = await collect(api);

    const publicIds = api.questions
      .filter(q => q.visibility === 'public')
      .map(q => q.id);
    expect(documents.map(d => d.questionId)).toEqual(publicIds);
    expect(api.questionQueries).toEqual([
      { visibility: 'public', sort: 'oldest', limit: 100, offset: 0 },
      { visibility: 'public', sort: 'oldest', limit: 100, offset: 100 },
      { visibility: 'public', sort: 'oldest', limit: 100, offset: 200 },
    ]);
  });

  it('never indexes a private question, even when the API returns one', async () => {
    const api = new FakeSupportApi(false);
    api.queues.push(queue('security', 'private'));
    api.questions.push(
      question(1),
      question(2, { visibility: 'private', title: 'Leaked token' }),
      // A public flag in a private queue is not trusted either
      question(3, { queueId: 'security', title: 'Vulnerability in codec' }),
      question(4),
    );
    const documents = await collect(api);

    expect(documents.map(d => d.questionId)).toEqual([1, 4]);
    expect(api.detailsRead).toEqual([1, 4]);
  });

  it('leaves out a question that turned private after the list was read', async () => {
    const api = new FakeSupportApi();
    api.questions.push(question(1), question(2));
    const original = api.getQuestion.bind(api);
    api.getQuestion = async id => {
      const details = await original(id);
      return id === 2
        ? {
            ...details,
            question: { ...details.question, visibility: 'private' },
          }
        : details;
    };
    expect((await collect(api)).map(d => d.questionId)).toEqual([1]);
  });

  it('shapes a document with the body, the accepted answer and a resource ref', async () => {
    const api = new FakeSupportApi();
    api.questions.push(
      question(7, {
        title: 'Kafka source does not resume after a rebalance',
        body: 'After a rebalance the **source** stops.',
        tags: ['kafka', 'connect'],
        status: 'answered',
        priority: 'urgent',
        acceptedAnswerId: 71,
        answerCount: 2,
        score: 3,
      }),
    );
    api.answers.set(7, [
      answer(70, 7, { body: 'Try restarting.' }),
      answer(71, 7, {
        body: `Commit offsets on revoke.\n\n${'Details. '.repeat(300)}`,
        accepted: true,
      }),
    ]);
    const [document] = await collect(api);

    expect(document).toMatchObject({
      title: 'Kafka source does not resume after a rebalance',
      location: '/support/questions/7',
      questionId: 7,
      queue: 'kestrel-flow',
      queueId: 'kestrel-flow',
      queueTitle: 'Queue kestrel-flow',
      status: 'answered',
      priority: 'urgent',
      tags: ['kafka', 'connect'],
      answerCount: 2,
      score: 3,
      answered: true,
      createdAt: question(7).createdAt,
      authorization: { resourceRef: 'support-ticket:7' },
    });
    expect(document.text).toMatch(
      /^After a rebalance the \*\*source\*\* stops\.\n\nAccepted answer: Commit offsets on revoke\. Details\./,
    );
    expect(document.text).not.toContain('Try restarting');
    expect(document.text.length).toBeLessThan(1200);
    expect(document.text.endsWith('…')).toBe(true);
  });

  it('indexes the body alone when no answer is accepted', async () => {
    const api = new FakeSupportApi();
    api.questions.push(question(3));
    api.answers.set(3, [answer(30, 3)]);
    const [document] = await collect(api);
    expect(document.text).toBe('Body of question 3');
    expect(document.answered).toBe(false);
  });

  it('skips a question deleted while the index is built, but fails on other errors', async () => {
    const api = new FakeSupportApi();
    api.questions.push(question(1), question(2), question(3));
    api.deleted.add(2);
    expect((await collect(api)).map(d => d.questionId)).toEqual([1, 3]);

    api.failingDetails.add(3);
    await expect(collect(api)).rejects.toThrow('support backend failed on 3');
  });

  it('collects nothing from an empty support backend', async () => {
    const api = new FakeSupportApi();
    expect(await collect(api)).toEqual([]);
    expect(api.questionQueries).toHaveLength(1);
  });
});
