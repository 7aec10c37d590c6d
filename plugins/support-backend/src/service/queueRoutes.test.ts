import { TestBackend } from '@backstage/backend-test-utils';
import { SupportQueueSummary } from '@community-hub/plugin-support-common';
import request from 'supertest';
import { API, ask, reply } from '../__testUtils__/requests';
import {
  as,
  asService,
  startSupportBackend,
} from '../__testUtils__/startSupportBackend';

describe('queue routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];

  beforeAll(async () => {
    ({ backend, server } = await startSupportBackend({
      catalogEntities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'kestrel-cli', namespace: 'default' },
          spec: { type: 'library', owner: 'group:default/tooling-maintainers' },
        },
      ],
    }));
    const answered = await ask(server, 'ada');
    await reply(server, 'mei', answered.id);
    await ask(server, 'bob');
    await ask(server, 'ada', { queueId: 'security' });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const queues = async (user?: string) => {
    const req = request(server).get(`${API}/queues`);
    if (!user) return req;
    return req.set(user === 'service' ? asService() : as(user));
  };
  const byId = (items: SupportQueueSummary[], id: string) =>
    items.find(queue => queue.id === id)!;

  it('needs credentials', async () => {
    expect((await queues()).status).toBe(401);
    expect((await request(server).get(`${API}/queues/security`)).status).toBe(
      401,
    );
  });

  it('lists every queue with its guideline and the numbers the reader may see', async () => {
    const res = await queues('bob');
    expect(res.status).toBe(200);
    const { items } = res.body as { items: SupportQueueSummary[] };
    expect(items.map(queue => queue.id)).toEqual([
      'kestrel-flow',
      'getting-started',
      'security',
      'kestrel-cli',
    ]);
    expect(byId(items, 'kestrel-flow')).toMatchObject({
      team: 'group:default/core-maintainers',
      guideline: { id: 'default' },
      open: 2,
      unanswered: 1,
      breached: 0,
    });
    // the private report does not count for people who may not read it
    expect(byId(items, 'security').open).toBe(0);
    expect(byId(items, 'kestrel-cli')).toMatchObject({
      team: 'group:default/tooling-maintainers',
      open: 0,
    });
  });

  it.each(['ada', 'sec', 'manager', 'service'])(
    'counts the private report for %s',
    async user => {
      const res = await queues(user);
      expect(byId(res.body.items, 'security').open).toBe(1);
    },
  );

  it('shows one queue, or 404', async () => {
    const res = await request(server)
      .get(`${API}/queues/kestrel-flow`)
      .set(as('bob'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'kestrel-flow', open: 2 });
    expect(
      (await request(server).get(`${API}/queues/nope`).set(as('bob'))).status,
    ).toBe(404);
  });
});
