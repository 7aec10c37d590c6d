import { mockServices } from '@backstage/backend-test-utils';
import {
  NotificationSendOptions,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  QuestionStatus,
  ResponseGuideline,
  SupportPriority,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import { BreachedQuestion, SupportStore } from '../store/SupportStore';
import { computeDueTimes } from './dueTimes';
import { QueueRegistry } from '../queues/QueueRegistry';
import { scanBreaches } from './scanBreaches';

const FLOW_TEAM = 'group:default/kestrel-flow-maintainers';
const CONNECT_TEAM = 'group:default/kestrel-connect-maintainers';
const SECURITY_TEAM = 'group:default/security-response';
const MANAGERS = 'group:default/community-managers';

const guideline = (id: string, escalateAfter: string): ResponseGuideline => ({
  id,
  title: id,
  escalateAfter,
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
});

const queue = (
  id: string,
  title: string,
  team: string,
  escalateAfter = 'P1D',
): SupportQueue => ({
  id,
  title,
  description: '',
  team,
  visibility: 'public',
  guideline: guideline(`${id}-guideline`, escalateAfter),
});

const QUEUES = [
  queue('kestrel-flow', 'Kestrel Flow', FLOW_TEAM),
  queue('connect', 'Kestrel Connect', CONNECT_TEAM),
  queue('security', 'Security reports', SECURITY_TEAM, 'PT4H'),
];

function queueRegistry(
  queues: SupportQueue[] = QUEUES,
): Pick<QueueRegistry, 'list' | 'get'> {
  return {
    list: () => queues,
    get: id => queues.find(q => q.id === id),
  };
}

interface FakeQuestion {
  id: number;
  queueId: string;
  teamRef: string;
  title: string;
  status: QuestionStatus;
  firstResponseAt?: Date;
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
  firstResponseBreachedAt?: Date;
  resolutionBreachedAt?: Date;
  escalatedAt?: Date;
}

/** Keeps questions in memory and marks them as the store's interface describes. */
class FakeBreachStore
  implements Pick<SupportStore, 'markBreaches' | 'markEscalations'>
{
  readonly questions: FakeQuestion[] = [];
  readonly escalationCalls: Array<
    Array<{ queueIds: string[]; breachedBefore: Date }>
  > = [];

  add(options: {
    queueId: string;
    title: string;
    priority: SupportPriority;
    createdAt: string;
    teamRef?: string;
  }): FakeQuestion {
    const queueOfQuestion = QUEUES.find(q => q.id === options.queueId)!;
    const question: FakeQuestion = {
      id: this.questions.length + 1,
      queueId: options.queueId,
      teamRef: options.teamRef ?? queueOfQuestion.team,
      title: options.title,
      status: 'open',
      ...computeDueTimes(
        queueOfQuestion.guideline,
        options.priority,
        new Date(options.createdAt),
      ),
    };
    this.questions.push(question);
    return question;
  }

  async markBreaches(now: Date): Promise<BreachedQuestion[]> {
    const marked: BreachedQuestion[] = [];
    for (const q of this.questions.filter(x => x.status === 'open')) {
      const { id, queueId, teamRef, title } = q;
      if (
        !q.firstResponseAt &&
        !q.firstResponseBreachedAt &&
        q.firstResponseDueAt < now
      ) {
        q.firstResponseBreachedAt = now;
        marked.push({ id, queueId, teamRef, title, kind: 'first-response' });
      }
      if (!q.resolutionBreachedAt && q.resolutionDueAt < now) {
        q.resolutionBreachedAt = now;
        marked.push({ id, queueId, teamRef, title, kind: 'resolution' });
      }
    }
    return marked;
  }

  async markEscalations(
    now: Date,
    thresholds: Array<{ queueIds: string[]; breachedBefore: Date }>,
  ): Promise<BreachedQuestion[]> {
    this.escalationCalls.push(thresholds);
    const marked: BreachedQuestion[] = [];
    for (const q of this.questions) {
      const threshold = thresholds.find(t => t.queueIds.includes(q.queueId));
      if (q.status !== 'open' || q.escalatedAt || !threshold) continue;
      // Still in breach: a first-response breach ends with the response.
      const before = (mark?: Date) =>
        mark !== undefined && mark < threshold.breachedBefore;
      const firstResponse =
        !q.firstResponseAt && before(q.firstResponseBreachedAt);
      if (!firstResponse && !before(q.resolutionBreachedAt)) continue;
      q.escalatedAt = now;
      const kind = firstResponse ? 'first-response' : 'resolution';
      marked.push({
        id: q.id,
        queueId: q.queueId,
        teamRef: q.teamRef,
        title: q.title,
        kind,
      });
    }
    return marked;
  }
}

class RecordingNotifications implements NotificationService {
  readonly sent: NotificationSendOptions[] = [];
  failNext = false;

  async send(options: NotificationSendOptions): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('notifications backend is down');
    }
    this.sent.push(options);
  }
}

function setUp(options: { queues?: SupportQueue[]; managers?: string[] } = {}) {
  const store = new FakeBreachStore();
  const notifications = new RecordingNotifications();
  const logger = mockServices.logger.mock();
  const queues = queueRegistry(options.queues);
  const scan = (now: string) =>
    scanBreaches({
      store,
      queues,
      notifications,
      logger,
      now: new Date(now),
      communityManagerRefs: options.managers ?? [MANAGERS],
    });
  return { store, notifications, logger, scan };
}

// Monday 7 December 2026. An urgent question asked at 10:00 is due a first
// response at 14:00 and a resolution on Tuesday 8 December at 10:00.
const ASKED = '2026-12-07T10:00:00.000Z';

describe('scanBreaches', () => {
  it('marks nothing before the due time, marks just after it, and notifies the team once', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'kestrel-flow',
      title: 'Records dropped after upgrading',
      priority: 'urgent',
      createdAt: ASKED,
    });

    expect(await scan('2026-12-07T13:59:59.999Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    // Exactly at the due time the target is still met.
    expect(await scan('2026-12-07T14:00:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(notifications.sent).toEqual([]);

    expect(await scan('2026-12-07T14:00:00.001Z')).toEqual({
      breached: 1,
      escalated: 0,
    });
    expect(notifications.sent).toEqual([
      {
        recipients: { type: 'entity', entityRef: [FLOW_TEAM] },
        payload: {
          title: 'Kestrel Flow: 1 question passed a response target',
          description: '#1 Records dropped after upgrading (first response)',
          link: '/support/questions?queue=kestrel-flow&breached=true',
          severity: 'high',
          topic: 'support',
          scope: 'support:breaches:kestrel-flow',
        },
      },
    ]);

    // Later scans find it marked.
    expect(await scan('2026-12-07T14:01:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(await scan('2026-12-07T18:00:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(notifications.sent).toHaveLength(1);
  });

  it('does not mark a question that got its first response in time, until its resolution is due', async () => {
    const { store, notifications, scan } = setUp();
    const question = store.add({
      queueId: 'kestrel-flow',
      title: 'Kafka source does not resume',
      priority: 'urgent',
      createdAt: ASKED,
    });
    question.firstResponseAt = new Date('2026-12-07T11:00:00Z');

    expect(await scan('2026-12-07T15:00:00Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    // Resolution due Tuesday 10:00.
    expect(await scan('2026-12-08T10:00:00.001Z')).toEqual({
      breached: 1,
      escalated: 0,
    });
    expect(notifications.sent[0].payload.description).toBe(
      '#1 Kafka source does not resume (resolution)',
    );
  });

  it('sends one notification per queue with a count and the first five questions', async () => {
    const { store, notifications, scan } = setUp();
    for (let i = 1; i <= 7; i++) {
      store.add({
        queueId: 'kestrel-flow',
        title: `Flow question ${i}`,
        priority: 'urgent',
        createdAt: ASKED,
      });
    }
    store.add({
      queueId: 'connect',
      title: 'Connector crashes on start',
      priority: 'urgent',
      createdAt: ASKED,
    });

    expect(await scan('2026-12-07T14:01:00Z')).toEqual({
      breached: 8,
      escalated: 0,
    });
    expect(notifications.sent).toHaveLength(2);
    expect(notifications.sent[0]).toMatchObject({
      recipients: { type: 'entity', entityRef: [FLOW_TEAM] },
      payload: {
        title: 'Kestrel Flow: 7 questions passed a response target',
        description:
          '#1 Flow question 1 (first response); #2 Flow question 2 (first response); ' +
          '#3 Flow question 3 (first response); #4 Flow question 4 (first response); ' +
          '#5 Flow question 5 (first response); and 2 more',
        scope: 'support:breaches:kestrel-flow',
      },
    });
    expect(notifications.sent[1]).toMatchObject({
      recipients: { type: 'entity', entityRef: [CONNECT_TEAM] },
      payload: {
        title: 'Kestrel Connect: 1 question passed a response target',
        link: '/support/questions?queue=connect&breached=true',
        scope: 'support:breaches:connect',
      },
    });
  });

  it('names a question that passed both targets in one scan once', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'kestrel-flow',
      title: 'Release 3.2 does not install',
      priority: 'urgent',
      createdAt: ASKED,
    });

    // The first scan after a day-long outage finds both targets passed.
    expect(await scan('2026-12-08T12:00:00Z')).toEqual({
      breached: 2,
      escalated: 0,
    });
    expect(notifications.sent).toHaveLength(1);
    expect(notifications.sent[0].payload).toMatchObject({
      title: 'Kestrel Flow: 1 question passed a response target',
      description:
        '#1 Release 3.2 does not install (first response, resolution)',
    });
  });

  it('tells the team stored with the questions, who may read them', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'security',
      title: 'Token leak in logs',
      priority: 'urgent',
      createdAt: ASKED,
      teamRef: 'group:default/security-response-previous',
    });

    await scan('2026-12-07T14:01:00Z');
    expect(notifications.sent[0].recipients).toEqual({
      type: 'entity',
      entityRef: ['group:default/security-response-previous'],
    });
  });

  it('shortens long titles', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'kestrel-flow',
      title: `Why ${'very '.repeat(30)}slow`,
      priority: 'urgent',
      createdAt: ASKED,
    });

    await scan('2026-12-07T14:01:00Z');
    const description = notifications.sent[0].payload.description!;
    expect(description).toMatch(/^#1 Why very .*… \(first response\)$/);
    expect(description.length).toBeLessThan(110);
  });

  it('escalates to community managers after the threshold, and only then, once', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'kestrel-flow',
      title: 'Records dropped after upgrading',
      priority: 'urgent',
      createdAt: ASKED,
    });

    // Marked by the scan at 14:01; the queue escalates a day after the mark.
    expect(await scan('2026-12-07T14:01:00.000Z')).toEqual({
      breached: 1,
      escalated: 0,
    });
    expect(await scan('2026-12-08T09:00:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    // The resolution target (Tuesday 10:00) passes; the question is already escalating from 14:01.
    expect(await scan('2026-12-08T14:01:00.000Z')).toEqual({
      breached: 1,
      escalated: 0,
    });
    expect(await scan('2026-12-08T14:01:00.001Z')).toEqual({
      breached: 0,
      escalated: 1,
    });
    expect(notifications.sent.at(-1)).toEqual({
      recipients: { type: 'entity', entityRef: [MANAGERS] },
      payload: {
        title: 'Kestrel Flow: 1 question escalated',
        description:
          'Still open 1 day after passing a response target: #1 Records dropped after upgrading (first response)',
        link: '/support/questions?queue=kestrel-flow&breached=true',
        severity: 'high',
        topic: 'support',
        scope: 'support:escalations:kestrel-flow',
      },
    });

    expect(await scan('2026-12-08T14:02:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(await scan('2026-12-10T00:00:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(
      notifications.sent.filter(n =>
        n.payload.scope?.startsWith('support:escalations:'),
      ),
    ).toHaveLength(1);
  });

  it('does not escalate a breach that was dealt with before the threshold', async () => {
    const { store, scan } = setUp();
    const resolved = store.add({
      queueId: 'kestrel-flow',
      title: 'Records dropped after upgrading',
      priority: 'urgent',
      createdAt: ASKED,
    });
    const answered = store.add({
      queueId: 'connect',
      title: 'Connector crashes on start',
      priority: 'urgent',
      createdAt: ASKED,
    });

    expect(await scan('2026-12-07T14:01:00Z')).toMatchObject({ breached: 2 });
    resolved.status = 'resolved';
    answered.firstResponseAt = new Date('2026-12-07T15:00:00Z');
    // More than a day after the marks. The answered question's resolution
    // target (Tuesday 10:00) has just been marked, too recently to escalate.
    expect(await scan('2026-12-08T14:02:00Z')).toEqual({
      breached: 1,
      escalated: 0,
    });
  });

  it('asks the store once per scan, with one threshold per escalation delay', async () => {
    const { store, scan } = setUp();
    await scan('2026-12-07T14:01:00Z');

    expect(store.escalationCalls).toEqual([
      [
        {
          queueIds: ['kestrel-flow', 'connect'],
          breachedBefore: new Date('2026-12-06T14:01:00Z'),
        },
        {
          queueIds: ['security'],
          breachedBefore: new Date('2026-12-07T10:01:00Z'),
        },
      ],
    ]);
  });

  it('uses each queue’s own escalation delay', async () => {
    const { store, notifications, scan } = setUp();
    store.add({
      queueId: 'security',
      title: 'Token leak in logs',
      priority: 'urgent',
      createdAt: ASKED,
    });

    await scan('2026-12-07T14:01:00Z');
    // Four hours after the mark.
    expect(await scan('2026-12-07T18:01:00.000Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
    expect(await scan('2026-12-07T18:01:00.001Z')).toEqual({
      breached: 0,
      escalated: 1,
    });
    expect(notifications.sent.at(-1)?.payload).toMatchObject({
      title: 'Security reports: 1 question escalated',
      description:
        'Still open 4 hours after passing a response target: #1 Token leak in logs (first response)',
      scope: 'support:escalations:security',
    });
  });

  it('skips a queue with an invalid escalation delay and escalates the others', async () => {
    const broken = { ...QUEUES[1], guideline: guideline('broken', '2 days') };
    const { store, logger, scan } = setUp({
      queues: [QUEUES[0], broken, QUEUES[2]],
    });
    await scan('2026-12-07T14:01:00Z');

    expect(store.escalationCalls[0].map(t => t.queueIds)).toEqual([
      ['kestrel-flow'],
      ['security'],
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('Breaches of queue connect are not escalated'),
    );
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('"2 days"'),
    );
  });

  it('logs a failed notification and notifies the other queues', async () => {
    const { store, notifications, logger, scan } = setUp();
    store.add({
      queueId: 'kestrel-flow',
      title: 'A',
      priority: 'urgent',
      createdAt: ASKED,
    });
    store.add({
      queueId: 'connect',
      title: 'B',
      priority: 'urgent',
      createdAt: ASKED,
    });
    notifications.failNext = true;

    expect(await scan('2026-12-07T14:01:00Z')).toEqual({
      breached: 2,
      escalated: 0,
    });
    expect(notifications.sent.map(n => n.payload.scope)).toEqual([
      'support:breaches:connect',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not send the breach notification of queue kestrel-flow: Error: notifications backend is down',
      ),
    );
    // The marks stay: the next scan does not notify again.
    expect(await scan('2026-12-07T14:02:00Z')).toEqual({
      breached: 0,
      escalated: 0,
    });
  });

  it('escalates but warns when no community managers are configured', async () => {
    const { store, notifications, logger, scan } = setUp({ managers: [] });
    store.add({
      queueId: 'kestrel-flow',
      title: 'A',
      priority: 'urgent',
      createdAt: ASKED,
    });

    await scan('2026-12-07T14:01:00Z');
    expect(await scan('2026-12-08T15:00:00Z')).toMatchObject({ escalated: 1 });
    expect(notifications.sent.map(n => n.payload.scope)).toEqual([
      'support:breaches:kestrel-flow',
      'support:breaches:kestrel-flow',
    ]);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining('no community managers are configured'),
    );
  });

  it('marks a business-day question on the next business day, not over the weekend', async () => {
    const { store, scan } = setUp();
    // Normal priority, asked Friday 4 December 16:00: first response due Monday 16:00.
    store.add({
      queueId: 'connect',
      title: 'Unclear error from kestrel check',
      priority: 'normal',
      createdAt: '2026-12-04T16:00:00Z',
    });

    expect(await scan('2026-12-06T23:59:00Z')).toMatchObject({ breached: 0 });
    expect(await scan('2026-12-07T16:00:00Z')).toMatchObject({ breached: 0 });
    expect(await scan('2026-12-07T16:01:00Z')).toMatchObject({ breached: 1 });
  });
});
