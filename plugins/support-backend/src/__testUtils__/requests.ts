import { TestBackend } from '@backstage/backend-test-utils';
import {
  Answer,
  NewAnswer,
  NewQuestion,
  Question,
} from '@community-hub/plugin-support-common';
import request from 'supertest';
import { as } from './startSupportBackend';

type Server = TestBackend['server'];

/** The base path of the support API. */
export const API = '/api/support';

/** Asks a question as the person and returns it (fails unless 201). */
export async function ask(
  server: Server,
  user: string,
  question: Partial<NewQuestion> = {},
): Promise<Question> {
  const res = await request(server)
    .post(`${API}/questions`)
    .set(as(user))
    .send({
      queueId: 'kestrel-flow',
      title: 'How do I retry a failed stage?',
      body: 'My flow stops when a stage throws. How do I **retry** it?',
      ...question,
    });
  if (res.status !== 201) {
    throw new Error(`ask failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}

/** Answers (or comments on) a question as the person (fails unless 201). */
export async function reply(
  server: Server,
  user: string,
  questionId: number,
  answer: Partial<NewAnswer> = {},
): Promise<Answer> {
  const res = await request(server)
    .post(`${API}/questions/${questionId}/answers`)
    .set(as(user))
    .send({ body: 'Wrap the stage in `retry({ attempts: 3 })`.', ...answer });
  if (res.status !== 201) {
    throw new Error(`reply failed: ${res.status} ${JSON.stringify(res.body)}`);
  }
  return res.body;
}
