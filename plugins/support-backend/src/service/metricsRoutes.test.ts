import { TestBackend } from '@backstage/backend-test-utils';
import { supportMetricDefinitions } from '@community-hub/plugin-support-common';
import request from 'supertest';
import { API, ask } from '../__testUtils__/requests';
import { as, startSupportBackend } from '../__testUtils__/startSupportBackend';

describe('metrics routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  const window = {
    from: new Date(Date.now() - 7 * 86_400_000).toISOString(),
    to: new Date(Date.now() + 86_400_000).toISOString(),
  };

  beforeAll(async () => {
    ({ backend, server } = await startSupportBackend());
    await ask(server, 'ada', { entityRef: 'component:default/kestrel-flow' });
    await ask(server, 'bob', { queueId: 'getting-started' });
    await ask(server, 'ada', { queueId: 'security' });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const get = (path: string) => request(server).get(`${API}${path}`);

  describe('GET /metrics', () => {
    it('needs credentials', async () => {
      expect((await get('/metrics').query(window)).status).toBe(401);
    });

    it('counts every question of the scope, private ones included, as aggregates', async () => {
      const overall = await get('/metrics').query(window).set(as('bob'));
      expect(overall.status).toBe(200);
      expect(overall.body).toMatchObject({
        scope: {},
        window,
        opened: 3,
        backlog: 3,
      });
      expect(Object.keys(overall.body.definitions)).toEqual(
        expect.arrayContaining(['support.time-to-first-response']),
      );
      const queue = await get('/metrics')
        .query({ ...window, queue: 'getting-started' })
        .set(as('bob'));
      expect(queue.body).toMatchObject({
        scope: { queue: 'getting-started' },
        opened: 1,
      });
      const entity = await get('/metrics')
        .query({ ...window, entityRef: 'component:default/kestrel-flow' })
        .set(as('bob'));
      expect(entity.body.opened).toBe(1);
    });

    it.each([
      [{}, /from: .*; to: /],
      [{ ...window, from: 'last week' }, /from/],
      [{ from: window.to, to: window.from }, /to: must be after from/],
      [
        { from: '2020-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
        /at most 731 days/,
      ],
      [{ ...window, queue: 'no-such-queue' }, /queue: no queue/],
      [{ ...window, entityRef: 'not a ref' }, /entityRef/],
    ])('refuses %j naming the parameter', async (query, message) => {
      const res = await get('/metrics').query(query).set(as('bob'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('GET /metrics/queues', () => {
    it('needs credentials', async () => {
      expect((await get('/metrics/queues').query(window)).status).toBe(401);
    });

    it('gives the overall numbers and one entry per queue', async () => {
      const res = await get('/metrics/queues').query(window).set(as('ada'));
      expect(res.status).toBe(200);
      expect(res.body.overall.opened).toBe(3);
      expect(
        res.body.queues.map((q: { queueId: string; opened: number }) => [
          q.queueId,
          q.opened,
        ]),
      ).toEqual([
        ['kestrel-flow', 1],
        ['getting-started', 1],
        ['security', 1],
      ]);
    });

    it('refuses a bad window', async () => {
      const res = await get('/metrics/queues')
        .query({ from: window.from })
        .set(as('ada'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/to:/);
    });
  });

  describe('GET /metrics/definitions', () => {
    it('needs credentials', async () => {
      expect((await get('/metrics/definitions')).status).toBe(401);
    });

    it('lists the published definitions', async () => {
      const res = await get('/metrics/definitions').set(as('ada'));
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual(supportMetricDefinitions);
    });
  });
});
