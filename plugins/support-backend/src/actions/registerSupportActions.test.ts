import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import { MockActionsRegistry } from '@backstage/backend-test-utils/alpha';
import { Question } from '@community-hub/plugin-support-common';
import { ask, reply } from '../__testUtils__/requests';
import { startSupportBackend } from '../__testUtils__/startSupportBackend';

describe('support actions', () => {
  let backend: TestBackend;
  let actions: MockActionsRegistry;
  let question: Question;
  let report: Question;
  const bob = mockCredentials.user('user:default/bob');
  const sec = mockCredentials.user('user:default/sec');

  beforeAll(async () => {
    const started = await startSupportBackend();
    ({ backend, actions } = started);
    question = await ask(started.server, 'ada', { title: 'Flow timeouts' });
    await reply(started.server, 'mei', question.id);
    report = await ask(started.server, 'ada', {
      queueId: 'security',
      title: 'Leaked token',
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const invoke = (name: string, input: object, credentials = bob) =>
    actions.invoke({ id: `test:${name}`, input: input as any, credentials });

  it('registers only read-only actions', () => {
    expect([...actions.actions.keys()].sort()).toEqual([
      'test:get-support-metrics',
      'test:get-support-question',
      'test:list-support-questions',
      'test:list-support-queues',
    ]);
    for (const action of actions.actions.values()) {
      expect(action.attributes).toMatchObject({
        readOnly: true,
        destructive: false,
      });
    }
  });

  it('lists queues with numbers the caller may see', async () => {
    const { output } = await invoke('list-support-queues', {});
    const queues = (output as { items: Array<{ id: string; open: number }> })
      .items;
    expect(queues.find(q => q.id === 'security')?.open).toBe(0);
    const forSec = await invoke('list-support-queues', {}, sec);
    expect(
      (
        forSec.output as { items: Array<{ id: string; open: number }> }
      ).items.find(q => q.id === 'security')?.open,
    ).toBe(1);
  });

  it('lists questions the caller may read', async () => {
    const { output } = await invoke('list-support-questions', {
      status: ['open'],
    });
    const titles = (output as unknown as { items: Question[] }).items.map(
      q => q.title,
    );
    expect(titles).toContain('Flow timeouts');
    expect(titles).not.toContain('Leaked token');
  });

  it('gets a question, and reports hidden ones as missing', async () => {
    const { output } = await invoke('get-support-question', {
      id: question.id,
    });
    expect(output).toMatchObject({
      question: { id: question.id, title: 'Flow timeouts' },
      answers: [expect.objectContaining({ authorRef: 'user:default/mei' })],
      can: { answer: true, moderate: false },
    });
    await expect(
      invoke('get-support-question', { id: report.id }),
    ).rejects.toThrow(`No question ${report.id}`);
    await expect(
      invoke('get-support-question', { id: report.id }, sec),
    ).resolves.toBeDefined();
  });

  it('computes metrics and checks the window', async () => {
    const from = new Date(Date.now() - 86_400_000).toISOString();
    const to = new Date(Date.now() + 86_400_000).toISOString();
    const { output } = await invoke('get-support-metrics', {
      from,
      to,
      queue: 'kestrel-flow',
    });
    expect(output).toMatchObject({
      scope: { queue: 'kestrel-flow' },
      opened: 1,
    });
    await expect(
      invoke('get-support-metrics', { from: to, to: from }),
    ).rejects.toThrow(/to: must be after from/);
    await expect(
      invoke('get-support-metrics', { from, to, queue: 'nope' }),
    ).rejects.toThrow(/queue: no queue/);
  });
});
