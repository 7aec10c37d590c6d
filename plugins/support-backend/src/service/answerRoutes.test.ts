import { TestBackend } from '@backstage/backend-test-utils';
import { Answer, Question } from '@community-hub/plugin-support-common';
import request from 'supertest';
import { API, ask, reply } from '../__testUtils__/requests';
import {
  as,
  SentNotification,
  startSupportBackend,
} from '../__testUtils__/startSupportBackend';

describe('answer routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  let sent: SentNotification[];
  let question: Question;
  let report: Question;
  /** mei's answer to `question`. */
  let answer: Answer;

  beforeAll(async () => {
    ({ backend, server, sent } = await startSupportBackend());
    question = await ask(server, 'ada');
    report = await ask(server, 'ada', { queueId: 'security' });
    answer = await reply(server, 'mei', question.id);
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string) => request(server).get(`${API}${path}`);
  const post = (path: string) => request(server).post(`${API}${path}`);
  const patch = (path: string) => request(server).patch(`${API}${path}`);
  const put = (path: string) => request(server).put(`${API}${path}`);
  const questionNow = async (id: number) =>
    (await get(`/questions/${id}`).set(as('manager'))).body;

  describe('POST /questions/:id/answers', () => {
    it('needs a signed-in person', async () => {
      expect(
        (await post(`/questions/${question.id}/answers`).send({ body: 'Hi' }))
          .status,
      ).toBe(401);
    });

    it('stores an answer, counts it, and tells the author', async () => {
      expect(answer).toMatchObject({
        questionId: question.id,
        kind: 'answer',
        authorRef: 'user:default/mei',
        score: 0,
        accepted: false,
      });
      const details = await questionNow(question.id);
      expect(details.question.answerCount).toBe(1);
      expect(details.question.firstResponseAt).toBe(answer.createdAt);
      expect(details.answers).toEqual([
        expect.objectContaining({ id: answer.id }),
      ]);
      expect(sent).toContainEqual({
        recipients: { type: 'entity', entityRef: 'user:default/ada' },
        payload: expect.objectContaining({
          link: `/support/questions/${question.id}`,
          scope: `support:question:${question.id}:answers`,
        }),
      });
    });

    it('counts a first response only from someone other than the author and not a bot', async () => {
      const fresh = await ask(server, 'ada');
      await reply(server, 'ada', fresh.id, {
        kind: 'comment',
        body: 'More detail: it happens on every run.',
      });
      await reply(server, 'kestrel-bot', fresh.id, {
        body: 'Have you read the retry guide?',
      });
      expect((await questionNow(fresh.id)).question.firstResponseAt).toBe(
        undefined,
      );
      const comment = await reply(server, 'bob', fresh.id, {
        kind: 'comment',
        body: 'Which version?',
      });
      const after = (await questionNow(fresh.id)).question;
      expect(after.firstResponseAt).toBe(comment.createdAt);
      expect(after.answerCount).toBe(1);
    });

    it('takes comments on answers of the same question', async () => {
      const comment = await reply(server, 'bob', question.id, {
        kind: 'comment',
        parentId: answer.id,
        body: 'That worked for me too.',
      });
      expect(comment).toMatchObject({ kind: 'comment', parentId: answer.id });
    });

    it.each([
      ['an empty body', { body: '' }, /body/],
      ['a body over maxBodyLength', { body: 'x'.repeat(2001) }, /body/],
      ['an unknown kind', { body: 'Hi', kind: 'note' }, /kind/],
      [
        'an answer with a parent',
        { body: 'Hi', parentId: 1 },
        /parentId: only a comment/,
      ],
      [
        'a parent from another question',
        { body: 'Hi', kind: 'comment', parentId: 999999 },
        /parentId: no answer/,
      ],
    ])('refuses %s naming the field', async (_, body, message) => {
      const res = await post(`/questions/${question.id}/answers`)
        .set(as('bob'))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('says 404 for hidden questions and 409 for closed ones', async () => {
      expect(
        (
          await post(`/questions/${report.id}/answers`)
            .set(as('bob'))
            .send({ body: 'Hi' })
        ).status,
      ).toBe(404);
      const closed = await ask(server, 'ada');
      await post(`/questions/${closed.id}/status`)
        .set(as('mei'))
        .send({ status: 'closed', reason: 'off-topic' })
        .expect(200);
      expect(
        (
          await post(`/questions/${closed.id}/answers`)
            .set(as('bob'))
            .send({ body: 'Hi' })
        ).status,
      ).toBe(409);
    });
  });

  describe('POST /questions/:id/accept', () => {
    it('needs a signed-in person', async () => {
      expect(
        (await post(`/questions/${question.id}/accept`).send({ answerId: 1 }))
          .status,
      ).toBe(401);
    });

    it('lets the author accept an answer and tells the answerer', async () => {
      const denied = await post(`/questions/${question.id}/accept`)
        .set(as('bob'))
        .send({ answerId: answer.id });
      expect(denied.status).toBe(403);
      const res = await post(`/questions/${question.id}/accept`)
        .set(as('ada'))
        .send({ answerId: answer.id });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        status: 'answered',
        acceptedAnswerId: answer.id,
      });
      expect(res.body.resolvedAt).toBeDefined();
      expect(sent).toContainEqual({
        recipients: { type: 'entity', entityRef: 'user:default/mei' },
        payload: expect.objectContaining({
          scope: `support:question:${question.id}:accepted`,
        }),
      });
      const details = await questionNow(question.id);
      expect(
        details.answers.find((a: Answer) => a.id === answer.id),
      ).toMatchObject({ accepted: true });
    });

    it('un-accepts with null, reopening the question', async () => {
      const other = await ask(server, 'ada');
      const theirs = await reply(server, 'bob', other.id);
      await post(`/questions/${other.id}/accept`)
        .set(as('ada'))
        .send({ answerId: theirs.id })
        .expect(200);
      const res = await post(`/questions/${other.id}/accept`)
        .set(as('mei'))
        .send({ answerId: null });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('open');
      expect(res.body.acceptedAnswerId).toBeUndefined();
    });

    it.each([
      ['no answerId', {}, /answerId/],
      [
        'an answer of another question',
        { answerId: 999999 },
        /answerId: no answer/,
      ],
    ])('refuses %s naming the field', async (_, body, message) => {
      const res = await post(`/questions/${question.id}/accept`)
        .set(as('ada'))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('refuses to accept a comment', async () => {
      const comment = await reply(server, 'bob', question.id, {
        kind: 'comment',
        body: 'Is this still a problem?',
      });
      const res = await post(`/questions/${question.id}/accept`)
        .set(as('ada'))
        .send({ answerId: comment.id });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/answerId: .* comment/);
    });

    it('says 404 for hidden questions', async () => {
      expect(
        (
          await post(`/questions/${report.id}/accept`)
            .set(as('bob'))
            .send({ answerId: 1 })
        ).status,
      ).toBe(404);
    });
  });

  describe('PATCH /answers/:id and revisions', () => {
    it('needs a signed-in person', async () => {
      expect(
        (await patch(`/answers/${answer.id}`).send({ body: 'x' })).status,
      ).toBe(401);
      expect((await get(`/answers/${answer.id}/revisions`)).status).toBe(401);
    });

    it('lets the author and the team edit, keeping each earlier version', async () => {
      const own = await reply(server, 'bob', question.id, {
        body: 'Version one',
      });
      const edited = await patch(`/answers/${own.id}`)
        .set(as('bob'))
        .send({ body: 'Version two' });
      expect(edited.status).toBe(200);
      expect(edited.body.body).toBe('Version two');
      const moderated = await patch(`/answers/${own.id}`)
        .set(as('mei'))
        .send({ body: 'Version three' });
      expect(moderated.status).toBe(200);
      const revisions = await get(`/answers/${own.id}/revisions`).set(
        as('ada'),
      );
      expect(revisions.status).toBe(200);
      expect(revisions.body.items.map((r: { body: string }) => r.body)).toEqual(
        ['Version one', 'Version two'],
      );
    });

    it("refuses others' edits", async () => {
      const res = await patch(`/answers/${answer.id}`)
        .set(as('bob'))
        .send({ body: 'Not mine' });
      expect(res.status).toBe(403);
    });

    it('says 404 for answers of hidden questions', async () => {
      const onReport = await reply(server, 'sec', report.id, {
        body: 'We are looking into it.',
      });
      expect(
        (
          await patch(`/answers/${onReport.id}`)
            .set(as('bob'))
            .send({ body: 'x' })
        ).status,
      ).toBe(404);
      expect(
        (await get(`/answers/${onReport.id}/revisions`).set(as('bob'))).status,
      ).toBe(404);
      expect(
        (await get('/answers/999999/revisions').set(as('bob'))).status,
      ).toBe(404);
    });

    it('refuses a blank or missing body', async () => {
      const res = await patch(`/answers/${answer.id}`)
        .set(as('mei'))
        .send({ text: 'x' });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/body/);
    });
  });

  describe('PUT /answers/:id/vote', () => {
    it('needs a signed-in person', async () => {
      expect(
        (await put(`/answers/${answer.id}/vote`).send({ value: 1 })).status,
      ).toBe(401);
    });

    it('counts votes and refuses votes on your own answer', async () => {
      const res = await put(`/answers/${answer.id}/vote`)
        .set(as('bob'))
        .send({ value: 1 });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ score: 1, myVote: 1 });
      const details = await get(`/questions/${question.id}`).set(as('bob'));
      expect(
        details.body.answers.find((a: Answer) => a.id === answer.id),
      ).toMatchObject({ score: 1, myVote: 1 });
      expect(
        (
          await put(`/answers/${answer.id}/vote`)
            .set(as('mei'))
            .send({ value: 1 })
        ).status,
      ).toBe(409);
    });

    it('refuses a value out of range', async () => {
      const res = await put(`/answers/${answer.id}/vote`)
        .set(as('bob'))
        .send({ value: 5 });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/value/);
    });
  });
});
