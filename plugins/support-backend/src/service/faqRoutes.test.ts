import { TestBackend } from '@backstage/backend-test-utils';
import {
  Answer,
  FaqEntry,
  Question,
} from '@community-hub/plugin-support-common';
import request from 'supertest';
import { API, ask, reply } from '../__testUtils__/requests';
import { as, startSupportBackend } from '../__testUtils__/startSupportBackend';

describe('FAQ routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  let question: Question;
  let answer: Answer;

  beforeAll(async () => {
    ({ backend, server } = await startSupportBackend());
    question = await ask(server, 'ada', {
      title: 'How do I replay dead letters?',
      body: 'Some messages end up in the dead-letter queue.',
    });
    answer = await reply(server, 'mei', question.id, {
      body: 'Run `kestrel dlq replay --flow <name>`.',
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string) => request(server).get(`${API}${path}`);
  const post = (path: string) => request(server).post(`${API}${path}`);
  const del = (path: string) => request(server).delete(`${API}${path}`);

  it('ask, answer, accept, promote: the answer becomes an FAQ entry', async () => {
    await post(`/questions/${question.id}/accept`)
      .set(as('ada'))
      .send({ answerId: answer.id })
      .expect(200);
    const promoted = await post(`/questions/${question.id}/faq`)
      .set(as('mei'))
      .send({ answerId: answer.id });
    expect(promoted.status).toBe(201);
    const entry: FaqEntry = promoted.body;
    expect(entry).toMatchObject({
      queueId: 'kestrel-flow',
      questionId: question.id,
      answerId: answer.id,
      title: 'How do I replay dead letters?',
      question: 'Some messages end up in the dead-letter queue.',
      answer: 'Run `kestrel dlq replay --flow <name>`.',
      promotedByRef: 'user:default/mei',
    });

    const details = await get(`/questions/${question.id}`).set(as('bob'));
    expect(details.body.faqEntryId).toBe(entry.id);
    const list = await get('/faq').query({ q: 'dead letters' }).set(as('bob'));
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ totalCount: 1, limit: 25, offset: 0 });
    expect(list.body.items[0].id).toBe(entry.id);
    const one = await get(`/faq/${entry.id}`).set(as('bob'));
    expect(one.status).toBe(200);
    expect(one.body.title).toBe(entry.title);

    const again = await post(`/questions/${question.id}/faq`)
      .set(as('mei'))
      .send({ answerId: answer.id });
    expect(again.status).toBe(409);
  });

  describe('POST /questions/:id/faq', () => {
    it('needs a signed-in person', async () => {
      expect(
        (await post(`/questions/${question.id}/faq`).send({ answerId: 1 }))
          .status,
      ).toBe(401);
    });

    it('lets only the team promote, with a chosen answer and title', async () => {
      const other = await ask(server, 'bob', { title: 'Flows in parallel?' });
      const chosen = await reply(server, 'ada', other.id, {
        body: 'Use `parallel: 4` on the stage.',
      });
      expect(
        (
          await post(`/questions/${other.id}/faq`)
            .set(as('bob'))
            .send({ answerId: chosen.id })
        ).status,
      ).toBe(403);
      const res = await post(`/questions/${other.id}/faq`)
        .set(as('triager'))
        .send({ answerId: chosen.id, title: 'Running stages in parallel' });
      expect(res.status).toBe(201);
      expect(res.body.title).toBe('Running stages in parallel');
    });

    it('never promotes a private question', async () => {
      const report = await ask(server, 'ada', { queueId: 'security' });
      const ack = await reply(server, 'sec', report.id, { body: 'Fixed.' });
      expect(
        (
          await post(`/questions/${report.id}/faq`)
            .set(as('bob'))
            .send({ answerId: ack.id })
        ).status,
      ).toBe(404);
      const res = await post(`/questions/${report.id}/faq`)
        .set(as('sec'))
        .send({ answerId: ack.id });
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/private/);
    });

    it.each([
      [{}, /answerId/],
      [{ answerId: 999999 }, /answerId: no answer/],
      [{ answerId: 1, title: 'x' }, /title/],
    ])('refuses %j naming the field', async (body, message) => {
      const res = await post(`/questions/${question.id}/faq`)
        .set(as('mei'))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('GET /faq and /faq/:id', () => {
    it('needs credentials', async () => {
      expect((await get('/faq')).status).toBe(401);
      expect((await get('/faq/1')).status).toBe(401);
    });

    it('filters by queue', async () => {
      const res = await get('/faq')
        .query({ queue: 'getting-started' })
        .set(as('bob'));
      expect(res.body.totalCount).toBe(0);
    });

    it.each([
      [{ limit: '500' }, /limit/],
      [{ queue: 'no-such-queue' }, /queue/],
    ])('refuses %j naming the parameter', async (query, message) => {
      const res = await get('/faq').query(query).set(as('bob'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('says 404 for an unknown entry and 400 for a bad id', async () => {
      expect((await get('/faq/999999').set(as('bob'))).status).toBe(404);
      expect((await get('/faq/first').set(as('bob'))).status).toBe(400);
    });
  });

  describe('DELETE /faq/:id', () => {
    it('lets only the team remove an entry', async () => {
      const q = await ask(server, 'ada', { title: 'Temporary entry' });
      const a = await reply(server, 'mei', q.id);
      const entry = (
        await post(`/questions/${q.id}/faq`)
          .set(as('mei'))
          .send({ answerId: a.id })
          .expect(201)
      ).body as FaqEntry;
      expect((await del(`/faq/${entry.id}`)).status).toBe(401);
      expect((await del(`/faq/${entry.id}`).set(as('ada'))).status).toBe(403);
      expect((await del(`/faq/${entry.id}`).set(as('mei'))).status).toBe(204);
      expect((await get(`/faq/${entry.id}`).set(as('bob'))).status).toBe(404);
      expect((await del(`/faq/${entry.id}`).set(as('mei'))).status).toBe(404);
    });
  });
});
