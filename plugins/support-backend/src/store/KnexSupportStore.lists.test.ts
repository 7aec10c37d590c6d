import { TestDatabases } from '@backstage/backend-test-utils';
import { KnexSupportStore } from './KnexSupportStore';
import type {
  NewQuestionRecord,
  QuestionListQuery,
  ReadFilter,
} from './SupportStore';
import {
  at,
  createTestStore,
  newQuestion,
  people,
  teams,
} from './__testUtils__/testQuestions';

const publicOnly: ReadFilter = { property: 'visibility', values: ['public'] };

/** What a member of the security team may read: public, their own, their team's. */
const jonasInSecurity: ReadFilter = {
  anyOf: [
    { property: 'visibility', values: ['public'] },
    { property: 'authorRef', values: [people.jonas] },
    { property: 'teamRef', values: [people.jonas, teams.security] },
  ],
};

describe('KnexSupportStore lists', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const setUp = () => createTestStore(databases, databaseId);

    async function ids(
      store: KnexSupportStore,
      query: Partial<QuestionListQuery>,
      filter?: ReadFilter,
    ) {
      const { items } = await store.listQuestions(
        { sort: 'oldest', limit: 100, offset: 0, ...query },
        filter,
      );
      return items.map(item => item.id);
    }

    /**
     * 1 public by amara, 2 private by amara (security), 3 private by jonas
     * (flow), 4 private by priya (security), 5 public by priya (flow).
     */
    async function mixedQuestions(store: KnexSupportStore) {
      const variants: Array<Partial<NewQuestionRecord>> = [
        { authorRef: people.amara },
        {
          authorRef: people.amara,
          visibility: 'private',
          teamRef: teams.security,
          queueId: 'security',
        },
        { authorRef: people.jonas, visibility: 'private' },
        {
          authorRef: people.priya,
          visibility: 'private',
          teamRef: teams.security,
          queueId: 'security',
        },
        { authorRef: people.priya },
      ];
      const created = [];
      for (const [n, overrides] of variants.entries()) {
        created.push(
          await store.createQuestion(
            newQuestion({ ...overrides, createdAt: at(n) }),
          ),
        );
      }
      return created.map(q => q.id);
    }

    describe('read filters', () => {
      it('lets through public, own and team questions', async () => {
        const { store } = await setUp();
        const [q1, q2, q3, q4, q5] = await mixedQuestions(store);
        expect(await ids(store, {}, jonasInSecurity)).toEqual([
          q1,
          q2,
          q3,
          q4,
          q5,
        ]);
        expect(
          await ids(
            store,
            {},
            {
              anyOf: [
                { property: 'visibility', values: ['public'] },
                { property: 'authorRef', values: [people.amara] },
              ],
            },
          ),
        ).toEqual([q1, q2, q5]);
        expect(await ids(store, {}, publicOnly)).toEqual([q1, q5]);
        expect(await ids(store, {}, undefined)).toEqual([q1, q2, q3, q4, q5]);
      });

      it('negates and combines criteria', async () => {
        const { store } = await setUp();
        const [q1, q2, q3, q4, q5] = await mixedQuestions(store);
        expect(
          await ids(
            store,
            {},
            {
              not: { property: 'teamRef', values: [teams.security] },
            },
          ),
        ).toEqual([q1, q3, q5]);
        expect(
          await ids(
            store,
            {},
            {
              allOf: [
                { property: 'teamRef', values: [teams.security] },
                { not: { property: 'authorRef', values: [people.amara] } },
              ],
            },
          ),
        ).toEqual([q4]);
        expect(
          await ids(
            store,
            {},
            {
              anyOf: [
                publicOnly!,
                {
                  allOf: [
                    { property: 'visibility', values: ['private'] },
                    { property: 'authorRef', values: [people.amara] },
                  ],
                },
              ],
            },
          ),
        ).toEqual([q1, q2, q5]);
        expect(q3).toBeDefined();
      });

      it('matches nothing with an empty list of values', async () => {
        const { store } = await setUp();
        await mixedQuestions(store);
        expect(
          await ids(store, {}, { property: 'teamRef', values: [] }),
        ).toEqual([]);
        expect(
          await ids(
            store,
            {},
            {
              anyOf: [
                { property: 'teamRef', values: [] },
                { property: 'authorRef', values: [] },
              ],
            },
          ),
        ).toEqual([]);
        // Not nothing is everything.
        expect(
          await ids(store, {}, { not: { property: 'teamRef', values: [] } }),
        ).toHaveLength(5);
      });

      it('counts only readable questions in paged totals', async () => {
        const { store } = await setUp();
        const created: number[] = [];
        for (let n = 0; n < 12; n++) {
          const question = await store.createQuestion(
            newQuestion({
              createdAt: at(n),
              visibility: n % 3 === 0 ? 'private' : 'public',
              authorRef: n === 3 ? people.jonas : people.amara,
            }),
          );
          created.push(question.id);
        }
        // Public: n = 1,2,4,5,7,8,10,11; jonas also sees his own n = 3.
        const filter: ReadFilter = {
          anyOf: [
            publicOnly!,
            { property: 'authorRef', values: [people.jonas] },
          ],
        };
        const pages = [];
        for (let offset = 0; offset < 12; offset += 4) {
          pages.push(
            await store.listQuestions(
              { sort: 'newest', limit: 4, offset },
              filter,
            ),
          );
        }
        expect(pages.map(p => p.totalCount)).toEqual([9, 9, 9]);
        expect(pages.flatMap(p => p.items.map(i => i.id))).toEqual(
          [11, 10, 8, 7, 5, 4, 3, 2, 1].map(n => created[n]),
        );
        expect(pages[2].items).toHaveLength(1);
      });
    });

    describe('list filters', () => {
      it('filters by queue, status, tag, author, assignee, visibility and entity', async () => {
        const { store } = await setUp();
        const a = await store.createQuestion(
          newQuestion({
            tags: ['sqlite', 'ci'],
            entityRef: 'component:default/kestrel-flow',
          }),
        );
        const b = await store.createQuestion(
          newQuestion({
            queueId: 'getting-started',
            tags: ['install'],
            authorRef: people.jonas,
          }),
        );
        const c = await store.createQuestion(
          newQuestion({
            queueId: 'kestrel-cli',
            tags: ['ci'],
            visibility: 'private',
          }),
        );
        await store.updateQuestion(b.id, {
          status: 'resolved',
          resolvedAt: at(2),
          assigneeRef: people.priya,
          updatedAt: at(2),
        });

        expect(
          await ids(store, { queueIds: ['kestrel-flow', 'kestrel-cli'] }),
        ).toEqual([a.id, c.id]);
        expect(await ids(store, { queueIds: [] })).toEqual([]);
        expect(await ids(store, { status: ['resolved', 'closed'] })).toEqual([
          b.id,
        ]);
        expect(await ids(store, { tag: 'ci' })).toEqual([a.id, c.id]);
        expect(await ids(store, { authorRef: people.jonas })).toEqual([b.id]);
        expect(await ids(store, { assigneeRef: people.priya })).toEqual([b.id]);
        expect(await ids(store, { visibility: 'private' })).toEqual([c.id]);
        expect(
          await ids(store, {
            entityRef: 'component:default/kestrel-flow',
            entityQueueIds: ['kestrel-cli'],
          }),
        ).toEqual([a.id, c.id]);
        expect(
          await ids(store, { entityRef: 'component:default/kestrel-flow' }),
        ).toEqual([a.id]);
        expect(
          await ids(store, {
            queueIds: ['kestrel-flow'],
            status: ['open'],
            tag: 'sqlite',
          }),
        ).toEqual([a.id]);
      });

      it('finds questions containing every word, ignoring case and wildcards', async () => {
        const { store } = await setUp();
        const a = await store.createQuestion(
          newQuestion({
            title: 'SQLite lock errors',
            body: 'database is locked at 100% load',
          }),
        );
        const b = await store.createQuestion(
          newQuestion({
            title: 'Postgres pool',
            body: 'pool_size of 10 is too small',
          }),
        );
        expect(await ids(store, { words: ['sqlite', 'LOCKED'] })).toEqual([
          a.id,
        ]);
        expect(await ids(store, { words: ['sqlite', 'pool'] })).toEqual([]);
        expect(await ids(store, { words: ['pool_size'] })).toEqual([b.id]);
        expect(await ids(store, { words: ['pool_s_ze'] })).toEqual([]);
        expect(await ids(store, { words: ['100%'] })).toEqual([a.id]);
        expect(await ids(store, { words: ['%'] })).toEqual([a.id]);
      });

      it('filters unanswered and breached questions', async () => {
        const { store } = await setUp();
        const waiting = await store.createQuestion(newQuestion());
        const answered = await store.createQuestion(newQuestion());
        const late = await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(-6),
          }),
        );
        await store.addAnswer({
          questionId: answered.id,
          kind: 'answer',
          body: 'Try this',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        await store.markBreaches(at(2));

        expect(await ids(store, { unanswered: true })).toEqual([
          late.id,
          waiting.id,
        ]);
        expect(await ids(store, { unanswered: false })).toEqual([answered.id]);
        expect(await ids(store, { breached: true })).toEqual([late.id]);
        expect(await ids(store, { breached: false })).toEqual([
          waiting.id,
          answered.id,
        ]);
        // A resolved question is no longer in breach.
        await store.updateQuestion(late.id, {
          status: 'resolved',
          resolvedAt: at(3),
          updatedAt: at(3),
        });
        expect(await ids(store, { breached: true })).toEqual([]);
      });
    });

    describe('sorting', () => {
      it('sorts by age, votes, activity and the next due time', async () => {
        const { store } = await setUp();
        // q0: created first, due soonest but answered, so waits on its resolution at +30 h.
        const q0 = await store.createQuestion(
          newQuestion({
            createdAt: at(0),
            firstResponseDueAt: at(1),
            resolutionDueAt: at(30),
          }),
        );
        const q1 = await store.createQuestion(
          newQuestion({
            createdAt: at(1),
            firstResponseDueAt: at(5),
            resolutionDueAt: at(20),
          }),
        );
        const q2 = await store.createQuestion(
          newQuestion({
            createdAt: at(2),
            firstResponseDueAt: at(3),
            resolutionDueAt: at(10),
          }),
        );
        // q3: resolved, so nothing is due.
        const q3 = await store.createQuestion(
          newQuestion({
            createdAt: at(3),
            firstResponseDueAt: at(4),
            resolutionDueAt: at(8),
          }),
        );
        await store.addAnswer({
          questionId: q0.id,
          kind: 'answer',
          body: 'Answer',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(4),
        });
        await store.updateQuestion(q3.id, {
          status: 'resolved',
          resolvedAt: at(3.5),
          updatedAt: at(3.5),
        });
        await store.vote({ type: 'question', id: q1.id }, people.jonas, 1);
        await store.vote({ type: 'question', id: q1.id }, people.priya, 1);
        await store.vote({ type: 'question', id: q2.id }, people.jonas, 1);
        await store.vote({ type: 'question', id: q3.id }, people.jonas, -1);

        expect(await ids(store, { sort: 'newest' })).toEqual([
          q3.id,
          q2.id,
          q1.id,
          q0.id,
        ]);
        expect(await ids(store, { sort: 'oldest' })).toEqual([
          q0.id,
          q1.id,
          q2.id,
          q3.id,
        ]);
        expect(await ids(store, { sort: 'votes' })).toEqual([
          q1.id,
          q2.id,
          q0.id,
          q3.id,
        ]);
        expect(await ids(store, { sort: 'activity' })).toEqual([
          q0.id,
          q3.id,
          q2.id,
          q1.id,
        ]);
        expect(await ids(store, { sort: 'due' })).toEqual([
          q2.id,
          q1.id,
          q0.id,
          q3.id,
        ]);
      });
    });

    describe('similar questions', () => {
      it('ranks by title words shared, then recency, within what the reader may see', async () => {
        const { store } = await setUp();
        const oneWordOld = await store.createQuestion(
          newQuestion({ title: 'Upgrade guide', createdAt: at(0) }),
        );
        const twoWords = await store.createQuestion(
          newQuestion({ title: 'Flow upgrade stalls', createdAt: at(1) }),
        );
        const oneWordNew = await store.createQuestion(
          newQuestion({ title: 'Flow metrics', createdAt: at(2) }),
        );
        await store.createQuestion(
          newQuestion({
            title: 'Unrelated',
            body: 'flow upgrade',
            createdAt: at(3),
          }),
        );
        const hidden = await store.createQuestion(
          newQuestion({
            title: 'Flow upgrade secret',
            visibility: 'private',
            createdAt: at(4),
          }),
        );
        const duplicate = await store.createQuestion(
          newQuestion({ title: 'Flow upgrade stalls again', createdAt: at(5) }),
        );
        await store.updateQuestion(duplicate.id, {
          status: 'closed',
          closeReason: 'duplicate',
          duplicateOfId: twoWords.id,
          closedAt: at(6),
          resolvedAt: at(6),
          updatedAt: at(6),
        });
        const similar = async (
          words: string[],
          options: {
            queueId?: string;
            excludeId?: number;
            limit?: number;
          } = {},
        ) =>
          (
            await store.findSimilar(words, publicOnly, { limit: 5, ...options })
          ).map(q => q.id);

        expect(await similar(['FLOW', 'upgrade'])).toEqual([
          twoWords.id,
          oneWordNew.id,
          oneWordOld.id,
        ]);
        expect(await similar(['flow', 'upgrade'], { limit: 1 })).toEqual([
          twoWords.id,
        ]);
        expect(
          await similar(['flow', 'upgrade'], { excludeId: twoWords.id }),
        ).toEqual([oneWordNew.id, oneWordOld.id]);
        expect(await similar(['flow'], { queueId: 'getting-started' })).toEqual(
          [],
        );
        expect(await similar([])).toEqual([]);
        expect(await similar(['%'])).toEqual([]);
        expect(
          (await store.findSimilar(['secret'], undefined, { limit: 5 })).map(
            q => q.id,
          ),
        ).toEqual([hidden.id]);
      });
    });

    describe('counts per queue', () => {
      it('counts open, unanswered and breached questions the reader may see', async () => {
        const { store } = await setUp();
        await store.createQuestion(newQuestion());
        const answered = await store.createQuestion(newQuestion());
        await store.createQuestion(
          newQuestion({
            createdAt: at(-30),
            firstResponseDueAt: at(-26),
            resolutionDueAt: at(-6),
          }),
        );
        const resolved = await store.createQuestion(newQuestion());
        await store.createQuestion(
          newQuestion({
            queueId: 'security',
            teamRef: teams.security,
            visibility: 'private',
          }),
        );
        await store.addAnswer({
          questionId: answered.id,
          kind: 'answer',
          body: 'Try this',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        await store.updateQuestion(resolved.id, {
          status: 'resolved',
          resolvedAt: at(1),
          updatedAt: at(1),
        });
        await store.markBreaches(at(2));

        expect(await store.countByQueue(undefined)).toEqual(
          new Map([
            ['kestrel-flow', { open: 3, unanswered: 2, breached: 1 }],
            ['security', { open: 1, unanswered: 1, breached: 0 }],
          ]),
        );
        expect(await store.countByQueue(publicOnly)).toEqual(
          new Map([['kestrel-flow', { open: 3, unanswered: 2, breached: 1 }]]),
        );
      });
    });
  });
});
