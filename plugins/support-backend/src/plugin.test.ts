import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { API, ask } from './__testUtils__/requests';
import { demoQuestions } from './demo/demoQuestions';
import {
  as,
  asService,
  startSupportBackend,
  SupportTestBackend,
} from './__testUtils__/startSupportBackend';

const library = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type: 'library', owner: 'group:default/tooling-maintainers' },
});

describe('supportPlugin', () => {
  let started: SupportTestBackend;
  const catalogEntities: Entity[] = [];

  beforeAll(async () => {
    started = await startSupportBackend({ catalogEntities });
  });

  afterAll(async () => {
    await started?.backend.stop();
  });

  it('refreshes queues locally and scans breaches once across replicas', async () => {
    const tasks = await started.scheduler.getScheduledTasks();
    expect(tasks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: 'support-queue-refresh',
          scope: 'local',
        }),
        expect.objectContaining({ id: 'support-breach-scan', scope: 'global' }),
      ]),
    );
    await expect(
      started.scheduler.triggerTask('support-breach-scan'),
    ).resolves.toBeUndefined();
  });

  it('adds a queue for a new catalog package on the next refresh', async () => {
    const ids = async () =>
      (
        await request(started.server).get(`${API}/queues`).set(as('ada'))
      ).body.items.map((queue: { id: string }) => queue.id);
    expect(await ids()).not.toContain('kestrel-metrics');
    catalogEntities.push(library('kestrel-metrics'));
    await started.scheduler.triggerTask('support-queue-refresh');
    expect(await ids()).toContain('kestrel-metrics');
  });

  it('publishes the support-ticket rules to the permission framework', async () => {
    const res = await request(started.server)
      .get(`${API}/.well-known/backstage/permissions/metadata`)
      .set(asService());
    expect(res.status).toBe(200);
    expect(
      res.body.rules.map((rule: { name: string }) => rule.name).sort(),
    ).toEqual(['IS_AUTHOR', 'IS_IN_QUEUE_TEAM', 'IS_PUBLIC']);
    expect(res.body.permissions.map((p: { name: string }) => p.name)).toContain(
      'support.question.read',
    );
  });

  it('applies conditions to stored questions by id, for search results', async () => {
    const question = await ask(started.server, 'ada');
    const report = await ask(started.server, 'ada', { queueId: 'security' });
    const res = await request(started.server)
      .post(`${API}/.well-known/backstage/permissions/apply-conditions`)
      .set(asService())
      .send({
        items: [
          {
            id: 'read',
            resourceType: 'support-ticket',
            resourceRef: [
              `support-ticket:${question.id}`,
              `support-ticket:${report.id}`,
              String(question.id),
              'support-ticket:999999',
              'other:1',
            ],
            conditions: {
              anyOf: [
                {
                  resourceType: 'support-ticket',
                  rule: 'IS_PUBLIC',
                  params: {},
                },
                {
                  resourceType: 'support-ticket',
                  rule: 'IS_AUTHOR',
                  params: { userRef: 'user:default/bob' },
                },
              ],
            },
          },
        ],
      });
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual([
      {
        id: 'read',
        result: [
          AuthorizeResult.ALLOW,
          AuthorizeResult.DENY,
          AuthorizeResult.ALLOW,
          AuthorizeResult.DENY,
          AuthorizeResult.DENY,
        ],
      },
    ]);
  });
});

describe('supportPlugin with support.demo.seed', () => {
  let started: SupportTestBackend;

  beforeAll(async () => {
    started = await startSupportBackend({ config: { demo: { seed: true } } });
  });

  afterAll(async () => {
    await started?.backend.stop();
  });

  it('starts with the demo questions of its queues', async () => {
    const queueIds = ['kestrel-flow', 'getting-started', 'security'];
    const res = await request(started.server)
      .get(`${API}/questions`)
      .query({ limit: 100 })
      .set(as('manager'));
    expect(res.status).toBe(200);
    expect(res.body.totalCount).toBe(
      demoQuestions.filter(q => queueIds.includes(q.queueId)).length,
    );
    expect(
      new Set(res.body.items.map((q: { queueId: string }) => q.queueId)),
    ).toEqual(new Set(queueIds));
  });
});
