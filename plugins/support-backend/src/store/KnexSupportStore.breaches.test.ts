import { TestDatabases } from '@backstage/backend-test-utils';
import { KnexSupportStore } from './KnexSupportStore';
import type { BreachedQuestion } from './SupportStore';
import {
  at,
  createTestStore,
  newQuestion,
  people,
  teams,
} from './__testUtils__/testQuestions';

const key = (breach: BreachedQuestion) => `${breach.id}:${breach.kind}`;

describe('KnexSupportStore service levels', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const setUp = () => createTestStore(databases, databaseId);

    describe('markBreaches', () => {
      it('marks each passed due time once and reports it', async () => {
        const { store } = await setUp();
        // Due at +4 h / +24 h from at(0).
        const late = await store.createQuestion(newQuestion({ title: 'Late' }));
        const veryLate = await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(-6),
          }),
        );
        const answered = await store.createQuestion(newQuestion());
        await store.addAnswer({
          questionId: answered.id,
          kind: 'answer',
          body: 'Try this',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        const resolved = await store.createQuestion(newQuestion());
        await store.updateQuestion(resolved.id, {
          status: 'resolved',
          resolvedAt: at(1),
          updatedAt: at(1),
        });
        const dueNow = await store.createQuestion(
          newQuestion({ firstResponseDueAt: at(5), resolutionDueAt: at(30) }),
        );

        const first = await store.markBreaches(at(5));
        expect(first).toEqual([
          {
            id: late.id,
            queueId: 'kestrel-flow',
            teamRef: teams.flow,
            title: 'Late',
            kind: 'first-response',
          },
          {
            id: veryLate.id,
            queueId: 'kestrel-flow',
            teamRef: teams.flow,
            title: 'Flow stalls after upgrade',
            kind: 'first-response',
          },
          {
            id: veryLate.id,
            queueId: 'kestrel-flow',
            teamRef: teams.flow,
            title: 'Flow stalls after upgrade',
            kind: 'resolution',
          },
        ]);
        expect(await store.getQuestion(late.id)).toMatchObject({
          firstResponseBreachedAt: at(5).toISOString(),
        });
        expect(
          (await store.getQuestion(late.id))?.resolutionBreachedAt,
        ).toBeUndefined();

        // Running again at the same time or a little later marks nothing new.
        expect(await store.markBreaches(at(5))).toEqual([]);
        expect((await store.markBreaches(at(6))).map(key)).toEqual([
          `${dueNow.id}:first-response`,
        ]);
        // The resolution target passes later; the first breach time stays.
        expect((await store.markBreaches(at(25))).map(key)).toEqual([
          `${late.id}:resolution`,
          `${answered.id}:resolution`,
        ]);
        expect(await store.getQuestion(late.id)).toMatchObject({
          firstResponseBreachedAt: at(5).toISOString(),
          resolutionBreachedAt: at(25).toISOString(),
        });
        expect(
          (await store.getQuestion(resolved.id))?.resolutionBreachedAt,
        ).toBeUndefined();
      });

      it('breaches again after due times are recomputed and the marks cleared', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        expect(await store.markBreaches(at(5))).toHaveLength(1);
        await store.updateQuestion(question.id, {
          priority: 'low',
          firstResponseDueAt: at(10),
          resolutionDueAt: at(40),
          firstResponseBreachedAt: null,
          resolutionBreachedAt: null,
          escalatedAt: null,
          updatedAt: at(6),
        });
        expect(await store.markBreaches(at(7))).toEqual([]);
        expect((await store.markBreaches(at(11))).map(key)).toEqual([
          `${question.id}:first-response`,
        ]);
      });

      it('reports each breach once when two scans run at the same time', async () => {
        const { store, knex } = await setUp();
        const other = new KnexSupportStore(knex);
        const created: number[] = [];
        for (let n = 0; n < 40; n++) {
          const question = await store.createQuestion(
            newQuestion({
              createdAt: at(-50 + n),
              firstResponseDueAt: at(-40 + n),
              resolutionDueAt: at(-10 + n / 4),
            }),
          );
          created.push(question.id);
        }

        const [one, two] = await Promise.all([
          store.markBreaches(at(0)),
          other.markBreaches(at(0.5)),
        ]);
        const reported = [...one, ...two].map(key);
        expect(new Set(reported).size).toBe(reported.length);
        expect(reported.sort()).toEqual(
          created
            .flatMap(id => [`${id}:first-response`, `${id}:resolution`])
            .sort(),
        );
        expect(await store.markBreaches(at(1))).toEqual([]);
      });
    });

    describe('markEscalations', () => {
      it('escalates breaches older than the threshold of their queue, once', async () => {
        const { store } = await setUp();
        const oldBreach = await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(20),
          }),
        );
        const oldResolutionBreach = await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(-20),
          }),
        );
        const respondedLate = await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(20),
          }),
        );
        const otherQueue = await store.createQuestion(
          newQuestion({
            queueId: 'getting-started',
            teamRef: teams.support,
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(-20),
          }),
        );
        // First responses breach at -25; two get a late response at -15,
        // which ends that breach; resolutions breach at -19.
        await store.markBreaches(at(-25));
        for (const question of [oldResolutionBreach, respondedLate]) {
          await store.addAnswer({
            questionId: question.id,
            kind: 'comment',
            body: 'Late reply',
            authorRef: people.jonas,
            countsAsResponse: true,
            createdAt: at(-15),
          });
        }
        await store.markBreaches(at(-19));
        const recent = await store.createQuestion(
          newQuestion({
            createdAt: at(-5),
            firstResponseDueAt: at(-2),
            resolutionDueAt: at(20),
          }),
        );
        await store.markBreaches(at(-1));

        const thresholds = [
          { queueIds: ['kestrel-flow'], breachedBefore: at(-4) },
          { queueIds: [], breachedBefore: at(0) },
        ];
        const escalated = await store.markEscalations(at(0), thresholds);
        expect(escalated).toEqual([
          {
            id: oldBreach.id,
            queueId: 'kestrel-flow',
            teamRef: teams.flow,
            title: 'Flow stalls after upgrade',
            kind: 'first-response',
          },
          {
            id: oldResolutionBreach.id,
            queueId: 'kestrel-flow',
            teamRef: teams.flow,
            title: 'Flow stalls after upgrade',
            kind: 'resolution',
          },
        ]);
        expect(await store.getQuestion(oldBreach.id)).toMatchObject({
          escalatedAt: at(0).toISOString(),
        });
        for (const id of [respondedLate.id, otherQueue.id, recent.id]) {
          expect((await store.getQuestion(id))?.escalatedAt).toBeUndefined();
        }
        expect(await store.markEscalations(at(1), thresholds)).toEqual([]);
        // Another queue's threshold escalates its own questions.
        expect(
          (
            await store.markEscalations(at(1), [
              { queueIds: ['getting-started'], breachedBefore: at(1) },
            ])
          ).map(key),
        ).toEqual([`${otherQueue.id}:first-response`]);
      });
    });

    describe('metricRows', () => {
      it('selects the questions a window needs', async () => {
        const { store } = await setUp();
        const from = at(100);
        const to = at(200);
        const create = async (
          title: string,
          createdAt: number,
          dues: [number, number],
          entityRef?: string,
        ) =>
          store.createQuestion(
            newQuestion({
              title,
              createdAt: at(createdAt),
              firstResponseDueAt: at(dues[0]),
              resolutionDueAt: at(dues[1]),
              entityRef,
            }),
          );
        const resolve = (id: number, when: number) =>
          store.updateQuestion(id, {
            status: 'resolved',
            resolvedAt: at(when),
            updatedAt: at(when),
          });

        const doneBefore = await create('done before', 0, [4, 24]);
        await resolve(doneBefore.id, 10);
        const openFromBefore = await create('open from before', 0, [4, 24]);
        const resolvedInWindow = await create('resolved in window', 0, [4, 24]);
        await resolve(resolvedInWindow.id, 150);
        const dueInWindow = await create('due in window', 90, [94, 114]);
        await resolve(dueInWindow.id, 95);
        const createdInWindow = await create(
          'created in window',
          120,
          [124, 144],
          'component:default/kestrel-flow',
        );
        await resolve(createdInWindow.id, 130);
        const breachedInWindow = await create('breached in window', 0, [4, 24]);
        await store.markBreaches(at(101));
        await resolve(breachedInWindow.id, 99);
        await resolve(openFromBefore.id, 99);
        await store.updateQuestion(openFromBefore.id, {
          status: 'open',
          resolvedAt: null,
          updatedAt: at(99),
        });
        await create('created after', 200, [204, 224]);
        const otherQueue = await store.createQuestion(
          newQuestion({ queueId: 'getting-started', createdAt: at(150) }),
        );

        const rows = await store.metricRows({}, { from, to });
        // Open from before the window without anything in it, or with only
        // a breach mark in it: they count in the backlog, not as rows.
        expect(rows.map(row => row.id)).toEqual([
          resolvedInWindow.id,
          dueInWindow.id,
          createdInWindow.id,
          otherQueue.id,
        ]);
        expect(rows.find(row => row.id === createdInWindow.id)).toEqual({
          id: createdInWindow.id,
          queueId: 'kestrel-flow',
          priority: 'normal',
          status: 'resolved',
          createdAt: at(120),
          firstResponseDueAt: at(124),
          resolutionDueAt: at(144),
          resolvedAt: at(130),
        });
        // Still open at the end: open now, or left open at or after it.
        expect(await store.metricBacklog({}, to)).toEqual(
          new Map([
            ['kestrel-flow', 1],
            ['getting-started', 1],
          ]),
        );
        expect(await store.metricBacklog({}, at(140))).toEqual(
          new Map([['kestrel-flow', 2]]),
        );
        expect(
          await store.metricBacklog({ queueIds: ['getting-started'] }, to),
        ).toEqual(new Map([['getting-started', 1]]));
        expect(
          await store.metricBacklog(
            { entityRef: 'component:default/kestrel-flow' },
            to,
          ),
        ).toEqual(new Map());
        expect(await store.metricBacklog({ queueIds: [] }, to)).toEqual(
          new Map(),
        );

        // Both at once, over the whole scope.
        expect(await store.metricWindow({}, { from, to })).toEqual({
          rows,
          backlog: 2,
        });
        expect(
          await store.metricWindow(
            { queueIds: ['getting-started'] },
            { from, to },
          ),
        ).toEqual({
          rows: [expect.objectContaining({ id: otherQueue.id })],
          backlog: 1,
        });
        // A window without rows still has its backlog.
        expect(
          await store.metricWindow({}, { from: at(300), to: at(400) }),
        ).toEqual({ rows: [], backlog: 3 });

        const inQueue = await store.metricRows(
          { queueIds: ['getting-started'] },
          { from, to },
        );
        expect(inQueue.map(row => row.id)).toEqual([otherQueue.id]);
        const forEntity = await store.metricRows(
          { entityRef: 'component:default/kestrel-flow' },
          { from, to },
        );
        expect(forEntity.map(row => row.id)).toEqual([createdInWindow.id]);
        const forPackage = await store.metricRows(
          {
            entityRef: 'component:default/kestrel-flow',
            queueIds: ['getting-started'],
          },
          { from, to },
        );
        expect(forPackage.map(row => row.id)).toEqual([
          createdInWindow.id,
          otherQueue.id,
        ]);
        expect(await store.metricRows({ queueIds: [] }, { from, to })).toEqual(
          [],
        );
      });
    });
  });
});
