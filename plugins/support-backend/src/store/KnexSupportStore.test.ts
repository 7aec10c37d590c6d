import { TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, InputError, NotFoundError } from '@backstage/errors';
import {
  at,
  createTestStore,
  newQuestion,
  people,
  teams,
} from './__testUtils__/testQuestions';

describe('KnexSupportStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const setUp = () => createTestStore(databases, databaseId);

    describe('questions', () => {
      it('stores a question and gives it back exactly', async () => {
        const { store } = await setUp();
        const createdAt = new Date('2027-03-01T09:15:42.123Z');
        const created = await store.createQuestion(
          newQuestion({
            createdAt,
            firstResponseDueAt: new Date('2027-03-01T13:15:42.123Z'),
            resolutionDueAt: new Date('2027-03-06T09:15:42.123Z'),
            tags: ['upgrade', 'sqlite', 'upgrade'],
            entityRef: 'component:default/kestrel-flow',
          }),
        );

        expect(created).toEqual({
          id: expect.any(Number),
          queueId: 'kestrel-flow',
          title: 'Flow stalls after upgrade',
          body: 'The pipeline hangs at the second step.',
          tags: ['upgrade', 'sqlite'],
          priority: 'normal',
          visibility: 'public',
          status: 'open',
          authorRef: people.amara,
          entityRef: 'component:default/kestrel-flow',
          createdAt: '2027-03-01T09:15:42.123Z',
          updatedAt: '2027-03-01T09:15:42.123Z',
          firstResponseDueAt: '2027-03-01T13:15:42.123Z',
          resolutionDueAt: '2027-03-06T09:15:42.123Z',
          score: 0,
          answerCount: 0,
        });
        expect(await store.getQuestion(created.id)).toEqual(created);
        expect(await store.getQuestionTeam(created.id)).toEqual({
          teamRef: teams.flow,
          authorRef: people.amara,
          visibility: 'public',
        });
        expect(await store.getQuestion(created.id + 100)).toBeUndefined();
        expect(await store.getQuestionTeam(created.id + 100)).toBeUndefined();
      });

      it('treats a question outside the read filter as missing', async () => {
        const { store } = await setUp();
        const secret = await store.createQuestion(
          newQuestion({ visibility: 'private', teamRef: teams.security }),
        );
        const publicOnly = {
          property: 'visibility' as const,
          values: ['public'],
        };
        expect(await store.getQuestion(secret.id, publicOnly)).toBeUndefined();
        expect(
          await store.getQuestion(secret.id, {
            anyOf: [
              publicOnly,
              { property: 'teamRef', values: [teams.security] },
            ],
          }),
        ).toMatchObject({ id: secret.id });
        // The authorization lookup ignores filters.
        expect(await store.getQuestionTeam(secret.id)).toMatchObject({
          teamRef: teams.security,
        });
      });

      it('applies a patch, clearing columns given null', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        await store.updateQuestion(question.id, {
          assigneeRef: people.jonas,
          status: 'closed',
          closeReason: 'stale',
          closedAt: at(5),
          resolvedAt: at(5),
          updatedAt: at(5),
        });
        const reopened = await store.updateQuestion(question.id, {
          status: 'open',
          closeReason: null,
          closedAt: null,
          resolvedAt: null,
          priority: 'urgent',
          queueId: 'getting-started',
          teamRef: teams.support,
          firstResponseDueAt: at(7),
          resolutionDueAt: at(10),
          updatedAt: at(6),
        });

        expect(reopened).toMatchObject({
          status: 'open',
          assigneeRef: people.jonas,
          priority: 'urgent',
          queueId: 'getting-started',
          firstResponseDueAt: at(7).toISOString(),
          resolutionDueAt: at(10).toISOString(),
          updatedAt: at(6).toISOString(),
        });
        expect(reopened.closeReason).toBeUndefined();
        expect(reopened.closedAt).toBeUndefined();
        expect(reopened.resolvedAt).toBeUndefined();
        expect((await store.getQuestionTeam(question.id))?.teamRef).toBe(
          teams.support,
        );
        await expect(
          store.updateQuestion(question.id + 100, { updatedAt: at(1) }),
        ).rejects.toThrow(NotFoundError);
      });

      it('keeps earlier versions of an edited question, oldest first', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        await store.updateQuestion(
          question.id,
          { title: 'Flow stalls on 2.0', tags: ['2.0'], updatedAt: at(1) },
          { editorRef: people.amara },
        );
        const latest = await store.updateQuestion(
          question.id,
          { body: 'It hangs at step two, logs attached.', updatedAt: at(2) },
          { editorRef: people.jonas },
        );

        expect(latest).toMatchObject({
          title: 'Flow stalls on 2.0',
          body: 'It hangs at step two, logs attached.',
          tags: ['2.0'],
        });
        expect(
          await store.listRevisions({ type: 'question', id: question.id }),
        ).toEqual([
          {
            id: expect.any(Number),
            editorRef: people.amara,
            createdAt: at(1).toISOString(),
            title: 'Flow stalls after upgrade',
            body: 'The pipeline hangs at the second step.',
            tags: ['upgrade'],
          },
          {
            id: expect.any(Number),
            editorRef: people.jonas,
            createdAt: at(2).toISOString(),
            title: 'Flow stalls on 2.0',
            body: 'The pipeline hangs at the second step.',
            tags: ['2.0'],
          },
        ]);
        // The tag filter follows the new tags.
        const byTag = (tag: string) =>
          store.listQuestions(
            { tag, sort: 'newest', limit: 10, offset: 0 },
            undefined,
          );
        expect((await byTag('2.0')).totalCount).toBe(1);
        expect((await byTag('upgrade')).totalCount).toBe(0);
      });
    });

    describe('answers', () => {
      it('counts answers, not comments, and sets the first response once', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());

        // The author's own comment is not a response.
        await store.addAnswer({
          questionId: question.id,
          kind: 'comment',
          body: 'Logs attached.',
          authorRef: people.amara,
          countsAsResponse: false,
          createdAt: at(1),
        });
        let current = await store.getQuestion(question.id);
        expect(current?.firstResponseAt).toBeUndefined();
        expect(current?.answerCount).toBe(0);
        expect(current?.updatedAt).toBe(at(1).toISOString());

        const answer = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Clear the cache directory.',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(2),
        });
        await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Or upgrade to 2.0.1.',
          authorRef: people.priya,
          countsAsResponse: true,
          createdAt: at(3),
        });
        current = await store.getQuestion(question.id);
        expect(current?.firstResponseAt).toBe(at(2).toISOString());
        expect(current?.answerCount).toBe(2);
        expect(answer).toEqual({
          id: expect.any(Number),
          questionId: question.id,
          kind: 'answer',
          body: 'Clear the cache directory.',
          authorRef: people.jonas,
          createdAt: at(2).toISOString(),
          updatedAt: at(2).toISOString(),
          score: 0,
          accepted: false,
          myVote: 0,
        });
      });

      it('threads comments under answers of the same question only', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const other = await store.createQuestion(newQuestion());
        const answer = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Clear the cache.',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        const comment = await store.addAnswer({
          questionId: question.id,
          kind: 'comment',
          parentId: answer.id,
          body: 'That worked, thanks.',
          authorRef: people.amara,
          countsAsResponse: false,
          createdAt: at(2),
        });
        expect(comment.parentId).toBe(answer.id);

        await expect(
          store.addAnswer({
            questionId: other.id,
            kind: 'comment',
            parentId: answer.id,
            body: 'Wrong thread',
            authorRef: people.priya,
            countsAsResponse: true,
            createdAt: at(3),
          }),
        ).rejects.toThrow(InputError);
        await expect(
          store.addAnswer({
            questionId: question.id,
            kind: 'comment',
            parentId: comment.id,
            body: 'A comment on a comment',
            authorRef: people.priya,
            countsAsResponse: true,
            createdAt: at(3),
          }),
        ).rejects.toThrow(InputError);
        await expect(
          store.addAnswer({
            questionId: question.id + 100,
            kind: 'answer',
            body: 'Nowhere',
            authorRef: people.priya,
            countsAsResponse: true,
            createdAt: at(3),
          }),
        ).rejects.toThrow(NotFoundError);
        // Nothing of the refused replies was stored.
        expect(await store.getQuestion(other.id)).toMatchObject({
          answerCount: 0,
        });
        expect(
          (await store.getQuestion(other.id))?.firstResponseAt,
        ).toBeUndefined();
        expect(await store.listAnswers(question.id)).toHaveLength(2);
      });

      it('lists answers oldest first with the reader’s votes and the accepted one', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const first = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'First',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        const second = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Second',
          authorRef: people.priya,
          countsAsResponse: true,
          createdAt: at(2),
        });
        await store.vote({ type: 'answer', id: second.id }, people.amara, 1);
        await store.acceptAnswer(question.id, second.id, at(3));

        const forAmara = await store.listAnswers(question.id, people.amara);
        expect(
          forAmara.map(a => [a.id, a.score, a.myVote, a.accepted]),
        ).toEqual([
          [first.id, 0, 0, false],
          [second.id, 1, 1, true],
        ]);
        const anonymous = await store.listAnswers(question.id);
        expect(anonymous.map(a => a.myVote)).toEqual([0, 0]);
        expect(await store.getAnswer(second.id, people.amara)).toMatchObject({
          accepted: true,
          myVote: 1,
        });
        expect(await store.getAnswer(second.id + 100)).toBeUndefined();
      });

      it('keeps earlier versions of an edited answer', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const answer = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Version one',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        await store.editAnswer(answer.id, 'Version two', {
          editorRef: people.jonas,
          at: at(2),
        });
        const edited = await store.editAnswer(answer.id, 'Version three', {
          editorRef: people.priya,
          at: at(3),
        });

        expect(edited).toMatchObject({
          body: 'Version three',
          createdAt: at(1).toISOString(),
          updatedAt: at(3).toISOString(),
        });
        expect(
          await store.listRevisions({ type: 'answer', id: answer.id }),
        ).toEqual([
          {
            id: expect.any(Number),
            editorRef: people.jonas,
            createdAt: at(2).toISOString(),
            body: 'Version one',
          },
          {
            id: expect.any(Number),
            editorRef: people.priya,
            createdAt: at(3).toISOString(),
            body: 'Version two',
          },
        ]);
        // Question revisions are kept apart from answer revisions.
        expect(
          await store.listRevisions({ type: 'question', id: question.id }),
        ).toEqual([]);
        await expect(
          store.editAnswer(answer.id + 100, 'x', {
            editorRef: people.jonas,
            at: at(4),
          }),
        ).rejects.toThrow(NotFoundError);
      });
    });

    describe('votes', () => {
      it('changes and removes votes, keeping the score the sum', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const target = { type: 'question' as const, id: question.id };

        expect(await store.vote(target, people.jonas, 1)).toEqual({
          score: 1,
          myVote: 1,
        });
        expect(await store.vote(target, people.priya, 1)).toEqual({
          score: 2,
          myVote: 1,
        });
        expect(await store.vote(target, people.jonas, -1)).toEqual({
          score: 0,
          myVote: -1,
        });
        expect(await store.getVote(target, people.jonas)).toBe(-1);
        expect(await store.vote(target, people.jonas, 0)).toEqual({
          score: 1,
          myVote: 0,
        });
        expect(await store.getVote(target, people.jonas)).toBe(0);
        // Removing a vote that is not there changes nothing.
        expect(await store.vote(target, people.amara, 0)).toEqual({
          score: 1,
          myVote: 0,
        });
        expect((await store.getQuestion(question.id))?.score).toBe(1);
      });

      it('keeps the score right under concurrent votes', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const target = { type: 'question' as const, id: question.id };
        const voters = Array.from(
          { length: 8 },
          (_, n) => `user:default/voter-${n}`,
        );
        await Promise.all(voters.map(voter => store.vote(target, voter, 1)));
        expect((await store.getQuestion(question.id))?.score).toBe(8);
      });

      it('refuses votes on a missing target', async () => {
        const { store } = await setUp();
        await expect(
          store.vote({ type: 'answer', id: 42 }, people.jonas, 1),
        ).rejects.toThrow(NotFoundError);
      });
    });

    describe('accepting answers', () => {
      it('moves the question to answered and back', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const answer = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Clear the cache.',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        const better = await store.addAnswer({
          questionId: question.id,
          kind: 'answer',
          body: 'Upgrade to 2.0.1.',
          authorRef: people.priya,
          countsAsResponse: true,
          createdAt: at(2),
        });

        const accepted = await store.acceptAnswer(
          question.id,
          answer.id,
          at(3),
        );
        expect(accepted).toMatchObject({
          status: 'answered',
          acceptedAnswerId: answer.id,
          resolvedAt: at(3).toISOString(),
        });
        // Switching the accepted answer keeps when the question left open.
        const switched = await store.acceptAnswer(
          question.id,
          better.id,
          at(4),
        );
        expect(switched).toMatchObject({
          status: 'answered',
          acceptedAnswerId: better.id,
          resolvedAt: at(3).toISOString(),
        });
        expect(
          (await store.listAnswers(question.id)).map(a => a.accepted),
        ).toEqual([false, true]);

        const unaccepted = await store.acceptAnswer(question.id, null, at(5));
        expect(unaccepted.status).toBe('open');
        expect(unaccepted.acceptedAnswerId).toBeUndefined();
        expect(unaccepted.resolvedAt).toBeUndefined();
      });

      it('refuses an answer of another question or a comment', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const other = await store.createQuestion(newQuestion());
        const foreign = await store.addAnswer({
          questionId: other.id,
          kind: 'answer',
          body: 'About something else',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });
        const comment = await store.addAnswer({
          questionId: question.id,
          kind: 'comment',
          body: 'Just a comment',
          authorRef: people.jonas,
          countsAsResponse: true,
          createdAt: at(1),
        });

        await expect(
          store.acceptAnswer(question.id, foreign.id, at(2)),
        ).rejects.toThrow(InputError);
        await expect(
          store.acceptAnswer(question.id, comment.id, at(2)),
        ).rejects.toThrow(InputError);
        await expect(
          store.acceptAnswer(question.id + 100, foreign.id, at(2)),
        ).rejects.toThrow(NotFoundError);
        expect(await store.getQuestion(question.id)).toMatchObject({
          status: 'open',
        });
        expect(
          (await store.getQuestion(question.id))?.acceptedAnswerId,
        ).toBeUndefined();
      });
    });

    describe('duplicates', () => {
      it('lists the readable questions closed as duplicates of one', async () => {
        const { store } = await setUp();
        const original = await store.createQuestion(newQuestion());
        const publicCopy = await store.createQuestion(
          newQuestion({ title: 'Flow hangs', authorRef: people.jonas }),
        );
        const privateCopy = await store.createQuestion(
          newQuestion({ title: 'Flow hangs (private)', visibility: 'private' }),
        );
        for (const copy of [publicCopy, privateCopy]) {
          await store.updateQuestion(copy.id, {
            status: 'closed',
            closeReason: 'duplicate',
            duplicateOfId: original.id,
            closedAt: at(1),
            resolvedAt: at(1),
            updatedAt: at(1),
          });
        }

        expect(await store.listDuplicates(original.id, undefined)).toEqual([
          { id: publicCopy.id, title: 'Flow hangs', status: 'closed' },
          {
            id: privateCopy.id,
            title: 'Flow hangs (private)',
            status: 'closed',
          },
        ]);
        expect(
          await store.listDuplicates(original.id, {
            property: 'visibility',
            values: ['public'],
          }),
        ).toEqual([
          { id: publicCopy.id, title: 'Flow hangs', status: 'closed' },
        ]);
        expect(await store.getQuestion(publicCopy.id)).toMatchObject({
          duplicateOfId: original.id,
          closeReason: 'duplicate',
        });
      });
    });

    describe('FAQ', () => {
      const faqRecord = (
        questionId: number,
        answerId: number,
        queueId = 'kestrel-flow',
      ) => ({
        queueId,
        questionId,
        answerId,
        title: 'Why does Flow stall after an upgrade?',
        question: 'The pipeline hangs.',
        answer: 'Clear the 100% stale cache_dir.',
        promotedByRef: people.jonas,
        createdAt: at(10),
      });

      it('creates, finds, lists and deletes entries', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        const other = await store.createQuestion(newQuestion());
        const entry = await store.createFaqEntry(faqRecord(question.id, 7));
        const second = await store.createFaqEntry({
          ...faqRecord(other.id, 8, 'getting-started'),
          title: 'How do I install Kestrel?',
          answer: 'Use the installer.',
          createdAt: at(11),
        });

        expect(entry).toEqual({
          id: expect.any(Number),
          queueId: 'kestrel-flow',
          questionId: question.id,
          answerId: 7,
          title: 'Why does Flow stall after an upgrade?',
          question: 'The pipeline hangs.',
          answer: 'Clear the 100% stale cache_dir.',
          promotedByRef: people.jonas,
          createdAt: at(10).toISOString(),
          updatedAt: at(10).toISOString(),
        });
        expect(await store.getFaqEntry(entry.id)).toEqual(entry);
        expect(await store.getFaqEntryForQuestion(question.id)).toEqual(entry);
        expect(
          await store.getFaqEntryForQuestion(question.id + 100),
        ).toBeUndefined();

        const all = await store.listFaq({ limit: 1, offset: 0 });
        expect(all).toEqual({
          items: [second],
          totalCount: 2,
          offset: 0,
          limit: 1,
        });
        expect(
          (
            await store.listFaq({
              queueIds: ['kestrel-flow'],
              limit: 10,
              offset: 0,
            })
          ).items,
        ).toEqual([entry]);
        // Words match title, question or answer, ignoring case; wildcards are literal.
        const search = async (...words: string[]) =>
          (await store.listFaq({ words, limit: 10, offset: 0 })).items.map(
            e => e.id,
          );
        expect(await search('STALL', 'cache')).toEqual([entry.id]);
        expect(await search('100%')).toEqual([entry.id]);
        expect(await search('cache_dir')).toEqual([entry.id]);
        expect(await search('cache_di_')).toEqual([]);
        expect(await search('%')).toEqual([entry.id]);
        expect(await search('installer', 'stall')).toEqual([second.id]);

        expect(await store.deleteFaqEntry(entry.id)).toBe(true);
        expect(await store.deleteFaqEntry(entry.id)).toBe(false);
        expect(await store.getFaqEntry(entry.id)).toBeUndefined();
      });

      it('allows one entry per question', async () => {
        const { store } = await setUp();
        const question = await store.createQuestion(newQuestion());
        await store.createFaqEntry(faqRecord(question.id, 7));
        await expect(
          store.createFaqEntry(faqRecord(question.id, 8)),
        ).rejects.toThrow(ConflictError);
        expect((await store.listFaq({ limit: 10, offset: 0 })).totalCount).toBe(
          1,
        );
        expect(
          (await store.getFaqEntryForQuestion(question.id))?.answerId,
        ).toBe(7);
      });
    });
  });
});
