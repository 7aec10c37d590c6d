import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { migratedStore } from '../__testUtils__/testStore';
import { fixedQueueRegistry } from '../__testUtils__/testQueues';
import { ticketRuleset } from '../__testUtils__/ticketRules';
import { SupportAuthorizer } from '../permissions/SupportAuthorizer';
import { SupportStore } from '../store/SupportStore';
import { createSupportService, SupportService } from './SupportService';

jest.setTimeout(60_000);

const user = (name: string) => mockCredentials.user(`user:default/${name}`);
const ada = user('ada');
const mei = user('mei');
const bob = user('bob');
const bot = user('kestrel-bot');

// Monday 2 March 2026, 09:00 UTC
const MONDAY = Date.parse('2026-03-02T09:00:00Z');
const HOUR = 3_600_000;

describe('SupportService', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createService(
    databaseId: Parameters<typeof databases.init>[0],
  ) {
    const store = await migratedStore(databases, databaseId);
    let now = MONDAY;
    const logger = mockServices.logger.mock();
    const notifications = { send: jest.fn(async () => {}) };
    const service = createSupportService({
      store,
      queues: fixedQueueRegistry(),
      // everyone may do everything: these tests are about the rules of questions
      authorizer: new SupportAuthorizer({
        permissions: mockServices.permissions.mock({
          authorize: async requests =>
            requests.map(() => ({ result: AuthorizeResult.ALLOW })),
          authorizeConditional: async requests =>
            requests.map(() => ({ result: AuthorizeResult.ALLOW })),
        }),
        ruleset: ticketRuleset,
      }),
      notifications,
      logger,
      bots: ['user:default/kestrel-bot'],
      now: () => new Date(now),
    });
    return {
      service,
      store,
      logger,
      notifications,
      at: (time: number) => {
        now = time;
      },
    };
  }

  const ask = (
    service: SupportService,
    priority: 'urgent' | 'normal' | 'low',
  ) =>
    service.createQuestion(ada, {
      queueId: 'kestrel-flow',
      title: 'Stage keeps timing out',
      body: 'After 30 seconds the stage stops.',
      priority,
    });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let service: SupportService;
    let store: SupportStore;
    let at: (time: number) => void;
    let notifications: { send: jest.Mock };
    let logger: ReturnType<typeof mockServices.logger.mock>;

    beforeEach(async () => {
      ({ service, store, at, notifications, logger } = await createService(
        databaseId,
      ));
    });

    it('recomputes due times from creation on a priority change and clears breach marks', async () => {
      const question = await ask(service, 'normal');
      // normal: P1D / P5D business days
      expect(question.firstResponseDueAt).toBe('2026-03-03T09:00:00.000Z');
      expect(question.resolutionDueAt).toBe('2026-03-09T09:00:00.000Z');
      await store.markBreaches(new Date(MONDAY + 48 * HOUR));
      expect(
        (await store.getQuestion(question.id))!.firstResponseBreachedAt,
      ).toBeDefined();

      at(MONDAY + 50 * HOUR);
      const lowered = await service.setPriority(mei, question.id, 'low');
      // low: P3D / P14D business days
      expect(lowered.firstResponseDueAt).toBe('2026-03-05T09:00:00.000Z');
      expect(lowered.resolutionDueAt).toBe('2026-03-20T09:00:00.000Z');
      expect(lowered.firstResponseBreachedAt).toBeUndefined();
      expect(lowered.resolutionBreachedAt).toBeUndefined();
    });

    it('restarts the clock when a question moves to a higher priority', async () => {
      const question = await ask(service, 'low');
      // Raised on Monday 09:00 + 50 h = Wednesday 11:00 (2026-03-04)
      at(MONDAY + 50 * HOUR);
      const raised = await service.setPriority(mei, question.id, 'urgent');
      // urgent: PT4H / P1D calendar time from the change
      expect(raised.firstResponseDueAt).toBe('2026-03-04T15:00:00.000Z');
      expect(raised.resolutionDueAt).toBe('2026-03-05T11:00:00.000Z');
    });

    it('moves a question to the new queue team with that queue’s due times', async () => {
      const question = await ask(service, 'urgent');
      await store.markBreaches(new Date(MONDAY + 5 * HOUR));
      const moved = await service.moveQuestion(
        mei,
        question.id,
        'getting-started',
      );
      expect(moved.queueId).toBe('getting-started');
      expect(moved.firstResponseBreachedAt).toBeUndefined();
      expect(await store.getQuestionTeam(question.id)).toMatchObject({
        teamRef: 'group:default/support-team',
      });
    });

    it('counts the first response from someone who is neither the author nor a bot', async () => {
      const question = await ask(service, 'normal');
      at(MONDAY + HOUR);
      await service.addAnswer(bot, question.id, { body: 'Read the guide.' });
      await service.addAnswer(ada, question.id, {
        kind: 'comment',
        body: 'It happens on every run.',
      });
      expect(
        (await store.getQuestion(question.id))!.firstResponseAt,
      ).toBeUndefined();
      at(MONDAY + 2 * HOUR);
      await service.addAnswer(bob, question.id, {
        kind: 'comment',
        body: 'Which version?',
      });
      at(MONDAY + 3 * HOUR);
      await service.addAnswer(mei, question.id, { body: 'Raise the timeout.' });
      expect((await store.getQuestion(question.id))!.firstResponseAt).toBe(
        new Date(MONDAY + 2 * HOUR).toISOString(),
      );
    });

    it('records when a question last left open', async () => {
      const question = await ask(service, 'normal');
      at(MONDAY + HOUR);
      const answer = await service.addAnswer(mei, question.id, {
        body: 'Try this.',
      });
      at(MONDAY + 2 * HOUR);
      const answered = await service.acceptAnswer(ada, question.id, answer.id);
      expect(answered.resolvedAt).toBe(
        new Date(MONDAY + 2 * HOUR).toISOString(),
      );
      at(MONDAY + 3 * HOUR);
      const resolved = await service.changeStatus(ada, question.id, {
        status: 'resolved',
      });
      expect(resolved.status).toBe('resolved');
      expect(resolved.resolvedAt).toBe(answered.resolvedAt);
      at(MONDAY + 4 * HOUR);
      const reopened = await service.changeStatus(ada, question.id, {
        status: 'open',
      });
      expect(reopened.resolvedAt).toBeUndefined();
      at(MONDAY + 5 * HOUR);
      const closed = await service.changeStatus(mei, question.id, {
        status: 'closed',
        reason: 'stale',
      });
      expect(closed.resolvedAt).toBe(new Date(MONDAY + 5 * HOUR).toISOString());
      expect(closed.closedAt).toBe(closed.resolvedAt);
    });

    it('keeps a write when a notification fails', async () => {
      notifications.send.mockRejectedValue(new Error('notifications down'));
      const question = await ask(service, 'normal');
      expect(await store.getQuestion(question.id)).toBeDefined();
      expect(logger.warn).toHaveBeenCalledWith(
        expect.stringContaining('notifications down'),
      );
    });

    it('promotes only answers of public questions to the FAQ', async () => {
      const report = await service.createQuestion(ada, {
        queueId: 'security',
        title: 'Token in logs',
        body: 'The token shows up in logs.',
      });
      const fix = await service.addAnswer(mei, report.id, {
        body: 'Fixed in 2.5.1.',
      });
      await expect(
        service.promoteToFaq(mei, report.id, fix.id),
      ).rejects.toThrow(/private/);
      const question = await ask(service, 'normal');
      const answer = await service.addAnswer(mei, question.id, {
        body: 'Raise it.',
      });
      const entry = await service.promoteToFaq(mei, question.id, answer.id);
      expect(entry).toMatchObject({
        questionId: question.id,
        answerId: answer.id,
      });
    });
  });
});
