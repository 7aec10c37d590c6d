import { TestBackend } from '@backstage/backend-test-utils';
import { Question } from '@community-hub/plugin-support-common';
import request from 'supertest';
import { API, ask } from '../__testUtils__/requests';
import {
  as,
  asService,
  SentNotification,
  startSupportBackend,
} from '../__testUtils__/startSupportBackend';

const HOUR_MS = 3_600_000;

describe('question routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  let sent: SentNotification[];
  /** Asked by ada in the public kestrel-flow queue. */
  let flowQuestion: Question;
  /** Asked by ada in the private security queue. */
  let report: Question;

  beforeAll(async () => {
    ({ backend, server, sent } = await startSupportBackend());
    flowQuestion = await ask(server, 'ada', {
      title: 'Stage retries with exponential backoff',
      tags: ['retry'],
    });
    report = await ask(server, 'ada', {
      queueId: 'security',
      title: 'Token leak in stage retry logs',
      body: 'Retry logs print the connector token.',
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string) => request(server).get(`${API}${path}`);
  const post = (path: string) => request(server).post(`${API}${path}`);
  const titles = (res: request.Response) =>
    res.body.items.map((q: Question) => q.title);

  describe('POST /questions', () => {
    const valid = { queueId: 'kestrel-flow', title: 'A title', body: 'Body' };

    it('needs a signed-in person', async () => {
      expect((await post('/questions').send(valid)).status).toBe(401);
      expect(
        (await post('/questions').set(asService()).send(valid)).status,
      ).toBe(403);
    });

    it('stores a question with due times from its queue guideline and tells the team', async () => {
      const question = await ask(server, 'bob', {
        priority: 'urgent',
        tags: ['Retry', 'stages', 'retry'],
        entityRef: 'component:kestrel-flow',
      });
      expect(question).toMatchObject({
        queueId: 'kestrel-flow',
        status: 'open',
        visibility: 'public',
        priority: 'urgent',
        authorRef: 'user:default/bob',
        tags: ['retry', 'stages'],
        entityRef: 'component:default/kestrel-flow',
        answerCount: 0,
        score: 0,
      });
      const created = Date.parse(question.createdAt);
      // urgent in the default guideline: PT4H and P1D on the calendar clock
      expect(Date.parse(question.firstResponseDueAt) - created).toBe(
        4 * HOUR_MS,
      );
      expect(Date.parse(question.resolutionDueAt) - created).toBe(24 * HOUR_MS);
      expect(sent).toContainEqual({
        recipients: {
          type: 'entity',
          entityRef: 'group:default/core-maintainers',
          excludeEntityRef: 'user:default/bob',
        },
        payload: expect.objectContaining({
          link: `/support/questions/${question.id}`,
          topic: 'support',
          severity: 'high',
          scope: `support:question:${question.id}:new`,
        }),
      });
    });

    it('makes questions in a private queue private', async () => {
      const question = await ask(server, 'bob', {
        queueId: 'security',
        visibility: 'public',
      });
      expect(question.visibility).toBe('private');
    });

    it.each([
      ['no queue', { title: 'A title', body: 'Body' }, /queueId/],
      ['no title', { queueId: 'kestrel-flow', body: 'Body' }, /title/],
      ['a blank body', { ...valid, body: '   ' }, /body: must not be empty/],
      [
        'a body over maxBodyLength',
        { ...valid, body: 'x'.repeat(2001) },
        /body: must be at most 2000 characters/,
      ],
      [
        'an unknown queue',
        { ...valid, queueId: 'no-such-queue' },
        /queueId: no queue 'no-such-queue'/,
      ],
      ['an unknown priority', { ...valid, priority: 'asap' }, /priority/],
      ['a tag with spaces', { ...valid, tags: ['no spaces'] }, /tags\.0/],
      ['six tags', { ...valid, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, /tags/],
      ['a bad entity ref', { ...valid, entityRef: 'not a ref' }, /entityRef/],
      ['an unknown field', { ...valid, colour: 'red' }, /colour/],
    ])(
      'refuses %s, naming the field, and stores nothing',
      async (_, body, message) => {
        const count = async () =>
          (await get('/questions').set(as('manager'))).body.totalCount;
        const before = await count();
        const res = await post('/questions').set(as('ada')).send(body);
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toMatch(message);
        expect(await count()).toBe(before);
      },
    );

    it('refuses a JSON body over 100 kB with 413', async () => {
      const res = await post('/questions')
        .set(as('ada'))
        .send({ ...valid, body: 'x'.repeat(110 * 1024) });
      expect(res.status).toBe(413);
    });
  });

  describe('GET /questions', () => {
    it('needs credentials', async () => {
      expect((await get('/questions')).status).toBe(401);
    });

    it('lists public questions to everyone and private ones only to the author, the team and managers', async () => {
      const forBob = await get('/questions').set(as('bob'));
      expect(forBob.status).toBe(200);
      expect(titles(forBob)).toContain(flowQuestion.title);
      expect(titles(forBob)).not.toContain(report.title);
      for (const reader of ['ada', 'sec', 'manager']) {
        const res = await get('/questions').set(as(reader));
        expect(titles(res)).toContain(report.title);
      }
      // the support team triages public questions, not other teams' private ones
      expect(titles(await get('/questions').set(as('triager')))).not.toContain(
        report.title,
      );
      const all = await get('/questions').set(as('manager'));
      const mine = await get('/questions').set(as('mei'));
      expect(mine.body.totalCount).toBeLessThan(all.body.totalCount);
    });

    it('lets services such as the search collator list', async () => {
      const res = await get('/questions')
        .query({ visibility: 'public' })
        .set(asService());
      expect(res.status).toBe(200);
      expect(titles(res)).toContain(flowQuestion.title);
    });

    it('filters and pages', async () => {
      const mine = await get('/questions')
        .query({ mine: 'true', queue: 'kestrel-flow' })
        .set(as('ada'));
      expect(titles(mine)).toEqual([flowQuestion.title]);
      const page = await get('/questions')
        .query({ limit: '1', offset: '1', status: 'open,answered' })
        .set(as('manager'));
      expect(page.body).toMatchObject({ limit: 1, offset: 1 });
      expect(page.body.items).toHaveLength(1);
      expect(page.body.totalCount).toBeGreaterThan(1);
      const words = await get('/questions')
        .query({ q: 'EXPONENTIAL backoff' })
        .set(as('bob'));
      expect(titles(words)).toEqual([flowQuestion.title]);
    });

    it.each([
      [{ limit: '0' }, /limit/],
      [{ limit: '101' }, /limit/],
      [{ offset: '-1' }, /offset/],
      [{ status: 'pending' }, /status/],
      [{ mine: 'yes' }, /mine/],
      [{ sort: 'random' }, /sort/],
      [{ queue: 'no-such-queue' }, /queue: no queue/],
      [{ entityRef: 'not a ref' }, /entityRef/],
      [{ colour: 'red' }, /colour/],
    ])('refuses %j naming the parameter', async (query, message) => {
      const res = await get('/questions').query(query).set(as('ada'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('GET /questions/similar', () => {
    it('needs credentials', async () => {
      expect((await get('/questions/similar?q=retry')).status).toBe(401);
    });

    it('suggests readable questions sharing words with a draft title', async () => {
      const forBob = await get('/questions/similar')
        .query({ q: 'How do stage retry logs work?' })
        .set(as('bob'));
      expect(forBob.status).toBe(200);
      expect(titles(forBob)).toContain(flowQuestion.title);
      expect(titles(forBob)).not.toContain(report.title);
      const forSec = await get('/questions/similar')
        .query({ q: 'How do stage retry logs work?' })
        .set(as('sec'));
      expect(titles(forSec)).toContain(report.title);
    });

    it('needs a text', async () => {
      const res = await get('/questions/similar').set(as('bob'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/q:/);
    });
  });

  describe('GET /questions/:id', () => {
    it('needs credentials', async () => {
      expect((await get(`/questions/${flowQuestion.id}`)).status).toBe(401);
    });

    it('says 404 for a private question the reader may not see, and for a missing one', async () => {
      expect((await get(`/questions/${report.id}`).set(as('bob'))).status).toBe(
        404,
      );
      expect(
        (await get(`/questions/${report.id}`).set(as('triager'))).status,
      ).toBe(404);
      expect((await get('/questions/999999').set(as('bob'))).status).toBe(404);
    });

    it('refuses an id that is not a positive whole number', async () => {
      const res = await get('/questions/abc').set(as('bob'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/id:/);
    });

    it.each([
      ['ada', { answer: true, edit: true, accept: true, moderate: false }],
      ['bob', { answer: true, edit: false, accept: false, moderate: false }],
      ['mei', { answer: true, edit: true, accept: true, moderate: true }],
      ['triager', { answer: true, edit: true, accept: true, moderate: true }],
      ['manager', { answer: true, edit: true, accept: true, moderate: true }],
    ])('tells %s what they may do', async (user, can) => {
      const res = await get(`/questions/${flowQuestion.id}`).set(as(user));
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        question: { id: flowQuestion.id, body: flowQuestion.body },
        answers: [],
        duplicates: [],
        myVote: 0,
        can,
      });
    });

    it('shows a private question to its team', async () => {
      const res = await get(`/questions/${report.id}`).set(as('sec'));
      expect(res.status).toBe(200);
      expect(res.body.can.moderate).toBe(true);
    });
  });

  describe('PATCH /questions/:id and revisions', () => {
    it('needs a signed-in person', async () => {
      expect(
        (
          await request(server)
            .patch(`${API}/questions/${flowQuestion.id}`)
            .send({ title: 'New title' })
        ).status,
      ).toBe(401);
      expect(
        (await get(`/questions/${flowQuestion.id}/revisions`)).status,
      ).toBe(401);
    });

    it('lets the author edit and keeps the earlier version', async () => {
      const question = await ask(server, 'ada', { title: 'First wording' });
      const res = await request(server)
        .patch(`${API}/questions/${question.id}`)
        .set(as('ada'))
        .send({ title: 'Second wording', tags: ['flows'] });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        title: 'Second wording',
        tags: ['flows'],
      });
      const revisions = await get(`/questions/${question.id}/revisions`).set(
        as('bob'),
      );
      expect(revisions.status).toBe(200);
      expect(revisions.body.items).toEqual([
        expect.objectContaining({
          editorRef: 'user:default/ada',
          title: 'First wording',
          body: question.body,
        }),
      ]);
    });

    it('refuses others and hides private questions', async () => {
      const bob = await request(server)
        .patch(`${API}/questions/${flowQuestion.id}`)
        .set(as('bob'))
        .send({ title: 'Hijacked' });
      expect(bob.status).toBe(403);
      const hidden = await request(server)
        .patch(`${API}/questions/${report.id}`)
        .set(as('bob'))
        .send({ title: 'Hijacked' });
      expect(hidden.status).toBe(404);
      expect(
        (await get(`/questions/${report.id}/revisions`).set(as('bob'))).status,
      ).toBe(404);
    });

    it.each([
      [{}, /at least one of title, body and tags/],
      [{ title: 'ab' }, /title/],
      [{ body: 'x'.repeat(2001) }, /body/],
    ])('refuses %j naming the field', async (edit, message) => {
      const res = await request(server)
        .patch(`${API}/questions/${flowQuestion.id}`)
        .set(as('ada'))
        .send(edit);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('PUT /questions/:id/vote', () => {
    const vote = (id: number, user: string | undefined, body: object) => {
      const req = request(server).put(`${API}/questions/${id}/vote`);
      return (user ? req.set(as(user)) : req).send(body);
    };

    it('needs a signed-in person', async () => {
      expect(
        (await vote(flowQuestion.id, undefined, { value: 1 })).status,
      ).toBe(401);
    });

    it('counts votes of others, once each', async () => {
      expect((await vote(flowQuestion.id, 'bob', { value: 1 })).body).toEqual({
        score: 1,
        myVote: 1,
      });
      expect(
        (await vote(flowQuestion.id, 'bob', { value: 1 })).body.score,
      ).toBe(1);
      expect((await vote(flowQuestion.id, 'mei', { value: -1 })).body).toEqual({
        score: 0,
        myVote: -1,
      });
      const details = await get(`/questions/${flowQuestion.id}`).set(as('bob'));
      expect(details.body.myVote).toBe(1);
    });

    it('refuses votes on your own question, on hidden ones and out of range', async () => {
      expect((await vote(flowQuestion.id, 'ada', { value: 1 })).status).toBe(
        409,
      );
      expect((await vote(report.id, 'bob', { value: 1 })).status).toBe(404);
      const bad = await vote(flowQuestion.id, 'bob', { value: 2 });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/value/);
    });
  });

  describe('POST /questions/:id/status', () => {
    const change = (id: number, user: string | undefined, body: object) => {
      const req = post(`/questions/${id}/status`);
      return (user ? req.set(as(user)) : req).send(body);
    };

    it('needs a signed-in person', async () => {
      expect(
        (await change(flowQuestion.id, undefined, { status: 'resolved' }))
          .status,
      ).toBe(401);
    });

    it('lets the author resolve and reopen', async () => {
      const question = await ask(server, 'ada');
      const resolved = await change(question.id, 'ada', { status: 'resolved' });
      expect(resolved.status).toBe(200);
      expect(resolved.body.status).toBe('resolved');
      expect(resolved.body.resolvedAt).toBeDefined();
      expect(
        (await change(question.id, 'ada', { status: 'resolved' })).status,
      ).toBe(409);
      const reopened = await change(question.id, 'ada', { status: 'open' });
      expect(reopened.body.status).toBe('open');
      expect(reopened.body.resolvedAt).toBeUndefined();
    });

    it('lets only the team close, and links duplicates both ways', async () => {
      const original = await ask(server, 'bob', { title: 'Original one' });
      const copy = await ask(server, 'ada', { title: 'Same thing again' });
      expect(
        (
          await change(copy.id, 'ada', {
            status: 'closed',
            reason: 'duplicate',
            duplicateOf: original.id,
          })
        ).status,
      ).toBe(403);
      const closed = await change(copy.id, 'mei', {
        status: 'closed',
        reason: 'duplicate',
        duplicateOf: original.id,
      });
      expect(closed.status).toBe(200);
      expect(closed.body).toMatchObject({
        status: 'closed',
        closeReason: 'duplicate',
        duplicateOfId: original.id,
      });
      const copyDetails = await get(`/questions/${copy.id}`).set(as('bob'));
      expect(copyDetails.body.duplicateOf).toEqual({
        id: original.id,
        title: 'Original one',
        status: 'open',
      });
      expect(copyDetails.body.can.answer).toBe(false);
      const originalDetails = await get(`/questions/${original.id}`).set(
        as('bob'),
      );
      expect(originalDetails.body.duplicates).toEqual([
        { id: copy.id, title: 'Same thing again', status: 'closed' },
      ]);
      expect(
        (await change(copy.id, 'mei', { status: 'closed', reason: 'stale' }))
          .status,
      ).toBe(409);
      const reopened = await change(copy.id, 'ada', { status: 'open' });
      expect(reopened.body.duplicateOfId).toBeUndefined();
    });

    it.each([
      [{ status: 'closed' }, /reason/],
      [{ status: 'closed', reason: 'duplicate' }, /duplicateOf/],
      [{ status: 'closed', reason: 'stale', duplicateOf: 1 }, /duplicateOf/],
      [{ status: 'answered' }, /status/],
    ])('refuses %j naming the field', async (body, message) => {
      const res = await change(flowQuestion.id, 'mei', body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('refuses a duplicate of itself or of a question the moderator cannot see', async () => {
      const self = await change(flowQuestion.id, 'mei', {
        status: 'closed',
        reason: 'duplicate',
        duplicateOf: flowQuestion.id,
      });
      expect(self.status).toBe(400);
      const hidden = await change(flowQuestion.id, 'mei', {
        status: 'closed',
        reason: 'duplicate',
        duplicateOf: report.id,
      });
      expect(hidden.status).toBe(400);
      expect(hidden.body.error.message).toMatch(/duplicateOf: no question/);
    });

    it('says 404 for hidden questions', async () => {
      expect(
        (await change(report.id, 'bob', { status: 'resolved' })).status,
      ).toBe(404);
    });
  });

  describe('moderation', () => {
    it.each(['assign', 'priority', 'move'])(
      'POST /questions/:id/%s needs a signed-in person',
      async action => {
        expect(
          (await post(`/questions/${flowQuestion.id}/${action}`)).status,
        ).toBe(401);
      },
    );

    it('assigns to a team member', async () => {
      const denied = await post(`/questions/${flowQuestion.id}/assign`)
        .set(as('ada'))
        .send({ assigneeRef: 'user:default/ada' });
      expect(denied.status).toBe(403);
      const res = await post(`/questions/${flowQuestion.id}/assign`)
        .set(as('mei'))
        .send({ assigneeRef: 'mei' });
      expect(res.status).toBe(200);
      expect(res.body.assigneeRef).toBe('user:default/mei');
      const assigned = await get('/questions')
        .query({ assignedToMe: 'true' })
        .set(as('mei'));
      expect(titles(assigned)).toEqual([flowQuestion.title]);
      const bad = await post(`/questions/${flowQuestion.id}/assign`)
        .set(as('mei'))
        .send({ assigneeRef: 'group:default/core-maintainers' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/assigneeRef/);
    });

    it('recomputes due times when the priority changes', async () => {
      const question = await ask(server, 'ada', { priority: 'normal' });
      expect(
        (
          await post(`/questions/${question.id}/priority`)
            .set(as('ada'))
            .send({ priority: 'urgent' })
        ).status,
      ).toBe(403);
      const res = await post(`/questions/${question.id}/priority`)
        .set(as('triager'))
        .send({ priority: 'urgent' });
      expect(res.status).toBe(200);
      // A raised priority restarts the clock at the change
      expect(
        Date.parse(res.body.firstResponseDueAt) -
          Date.parse(res.body.updatedAt),
      ).toBe(4 * HOUR_MS);
      const bad = await post(`/questions/${question.id}/priority`)
        .set(as('triager'))
        .send({ priority: 'asap' });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toMatch(/priority/);
    });

    it('moves a question to another queue and its team', async () => {
      const question = await ask(server, 'ada', { title: 'Where do I start?' });
      expect(
        (
          await post(`/questions/${question.id}/move`)
            .set(as('bob'))
            .send({ queueId: 'getting-started' })
        ).status,
      ).toBe(403);
      const moved = await post(`/questions/${question.id}/move`)
        .set(as('mei'))
        .send({ queueId: 'getting-started' });
      expect(moved.status).toBe(200);
      expect(moved.body.queueId).toBe('getting-started');
      const unknown = await post(`/questions/${question.id}/move`)
        .set(as('triager'))
        .send({ queueId: 'no-such-queue' });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toMatch(/queueId/);
    });

    it('hides a public question by moving it into a private queue', async () => {
      const leak = await ask(server, 'ada', {
        title: 'The connect package logs my password',
      });
      expect((await get(`/questions/${leak.id}`).set(as('bob'))).status).toBe(
        200,
      );
      const toPrivate = await post(`/questions/${leak.id}/move`)
        .set(as('triager'))
        .send({ queueId: 'security' });
      expect(toPrivate.status).toBe(200);
      expect(toPrivate.body.visibility).toBe('private');
      expect((await get(`/questions/${leak.id}`).set(as('bob'))).status).toBe(
        404,
      );
      expect((await get(`/questions/${leak.id}`).set(as('ada'))).status).toBe(
        200,
      );
    });

    it('says 404 for hidden questions', async () => {
      const res = await post(`/questions/${report.id}/priority`)
        .set(as('mei'))
        .send({ priority: 'urgent' });
      expect(res.status).toBe(404);
    });
  });
});
