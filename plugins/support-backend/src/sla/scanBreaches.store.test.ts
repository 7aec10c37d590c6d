import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import { SupportQueue } from '@community-hub/plugin-support-common';
import {
  createTestStore,
  newQuestion,
} from '../store/__testUtils__/testQuestions';
import { computeDueTimes } from './dueTimes';
import { scanBreaches } from './scanBreaches';

const FLOW_TEAM = 'group:default/flow-maintainers';
const MANAGERS = 'group:default/community-managers';

const flowQueue: SupportQueue = {
  id: 'kestrel-flow',
  title: 'Kestrel Flow',
  description: 'Questions about the flow package',
  team: FLOW_TEAM,
  visibility: 'public',
  guideline: {
    id: 'default',
    title: 'Default',
    escalateAfter: 'P1D',
    targets: [
      {
        priority: 'urgent',
        firstResponse: 'PT4H',
        resolution: 'P1D',
        clock: 'calendar',
      },
      {
        priority: 'normal',
        firstResponse: 'P1D',
        resolution: 'P5D',
        clock: 'business-days',
      },
      {
        priority: 'low',
        firstResponse: 'P3D',
        resolution: 'P14D',
        clock: 'business-days',
      },
    ],
  },
};

describe('scanBreaches with the database store', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('marks, notifies and escalates an urgent question once each', async () => {
      const { store } = await createTestStore(databases, databaseId);
      const sent: NotificationSendOptions[] = [];
      const scan = (now: string) =>
        scanBreaches({
          store,
          queues: {
            list: () => [flowQueue],
            get: id => (id === flowQueue.id ? flowQueue : undefined),
          },
          notifications: { send: async options => void sent.push(options) },
          logger: mockServices.logger.mock(),
          now: new Date(now),
          communityManagerRefs: [MANAGERS],
        });

      // Asked Monday 7 December 2026 10:00: first response due 14:00,
      // resolution Tuesday 10:00.
      const createdAt = new Date('2026-12-07T10:00:00Z');
      const question = await store.createQuestion(
        newQuestion({
          title: 'Records dropped after upgrading',
          priority: 'urgent',
          teamRef: FLOW_TEAM,
          createdAt,
          ...computeDueTimes(flowQueue.guideline, 'urgent', createdAt),
        }),
      );

      expect(await scan('2026-12-07T14:00:00.000Z')).toEqual({
        breached: 0,
        escalated: 0,
      });
      expect(await scan('2026-12-07T14:00:00.001Z')).toEqual({
        breached: 1,
        escalated: 0,
      });
      expect(await scan('2026-12-07T14:01:00.000Z')).toEqual({
        breached: 0,
        escalated: 0,
      });
      expect(sent).toEqual([
        {
          recipients: { type: 'entity', entityRef: [FLOW_TEAM] },
          payload: expect.objectContaining({
            title: 'Kestrel Flow: 1 question passed a response target',
            description: `#${question.id} Records dropped after upgrading (first response)`,
            scope: 'support:breaches:kestrel-flow',
          }),
        },
      ]);

      // The resolution target passes Tuesday 10:00; the first breach was
      // marked Monday 14:00:00.001, so escalation follows a day after that.
      expect(await scan('2026-12-08T14:00:00.001Z')).toEqual({
        breached: 1,
        escalated: 0,
      });
      expect(await scan('2026-12-08T14:00:00.002Z')).toEqual({
        breached: 0,
        escalated: 1,
      });
      expect(await scan('2026-12-09T14:00:00.000Z')).toEqual({
        breached: 0,
        escalated: 0,
      });
      expect(sent.map(n => [n.recipients, n.payload.scope])).toEqual([
        [
          { type: 'entity', entityRef: [FLOW_TEAM] },
          'support:breaches:kestrel-flow',
        ],
        [
          { type: 'entity', entityRef: [FLOW_TEAM] },
          'support:breaches:kestrel-flow',
        ],
        [
          { type: 'entity', entityRef: [MANAGERS] },
          'support:escalations:kestrel-flow',
        ],
      ]);
      expect(await store.getQuestion(question.id)).toMatchObject({
        firstResponseBreachedAt: '2026-12-07T14:00:00.001Z',
        resolutionBreachedAt: '2026-12-08T14:00:00.001Z',
        escalatedAt: '2026-12-08T14:00:00.002Z',
      });
    });
  });
});
