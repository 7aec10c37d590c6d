import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Question } from '@community-hub/plugin-support-common';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { migratedStore } from '../__testUtils__/testStore';
import { fixedQueueRegistry } from '../__testUtils__/testQueues';
import { computeSupportMetrics } from '../metrics/computeSupportMetrics';
import {
  guidelinesById,
  readSupportContent,
  toSupportQueue,
} from '../queues/supportContent';
import { KnexSupportStore } from '../store/KnexSupportStore';
import { demoQuestions } from './demoQuestions';
import { seedDemoQuestions } from './seedDemoQuestions';

const COMMUNITY = path.resolve(__dirname, '../../../../community');
const DAY_MS = 86_400_000;

/** The queues of the community's content, as the registry reads them. */
function communityQueues() {
  const content = readSupportContent(path.join(COMMUNITY, 'support'));
  const guidelines = guidelinesById(content);
  return content.queues.map(q => toSupportQueue(q, guidelines));
}

/** Groups of each person of the community, by user ref. */
function communityPeople(): Map<string, string[]> {
  const source = fs.readFileSync(
    path.join(COMMUNITY, 'governance/org/users.yaml'),
    'utf8',
  );
  return new Map(
    parseAllDocuments(source).map(document => {
      const user = document.toJS();
      return [
        `user:default/${user.metadata.name}`,
        (user.spec.memberOf as string[]).map(g => `group:default/${g}`),
      ];
    }),
  );
}

// A Monday morning and a Sunday night, so that business-day due times differ.
const mondayMorning = new Date('2027-03-15T08:30:00.000Z');
const sundayNight = new Date('2027-03-21T22:45:00.000Z');

describe('seedDemoQuestions', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
  const queues = fixedQueueRegistry(communityQueues());
  const logger = mockServices.logger.mock();

  async function allQuestions(store: KnexSupportStore): Promise<Question[]> {
    const { items } = await store.listQuestions(
      { sort: 'oldest', limit: 100, offset: 0 },
      undefined,
    );
    return Promise.all(items.map(async q => (await store.getQuestion(q.id))!));
  }

  async function countByStatus(store: KnexSupportStore) {
    const counts: Record<string, number> = {};
    for (const status of ['open', 'answered', 'resolved', 'closed'] as const) {
      counts[status] = (
        await store.listQuestions(
          { status: [status], sort: 'newest', limit: 1, offset: 0 },
          undefined,
        )
      ).totalCount;
    }
    return counts;
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it.each([mondayMorning, sundayNight])(
      'fills an empty desk with a lively mix of questions (now %p)',
      async now => {
        const store = await migratedStore(databases, databaseId);
        expect(await seedDemoQuestions({ store, queues, logger, now })).toEqual(
          { created: demoQuestions.length },
        );

        expect(demoQuestions.length).toBeGreaterThanOrEqual(35);
        expect(await countByStatus(store)).toEqual({
          open: 16,
          answered: 11,
          resolved: 11,
          closed: 3,
        });

        const questions = await allQuestions(store);
        const oldest = now.getTime() - 75 * DAY_MS;
        const times = questions.flatMap(q =>
          [q.createdAt, q.updatedAt, q.resolvedAt, q.closedAt]
            .filter((t): t is string => t !== undefined)
            .map(t => Date.parse(t)),
        );
        expect(Math.min(...times)).toBeGreaterThanOrEqual(oldest);
        expect(Math.max(...times)).toBeLessThan(now.getTime());
        const responded = questions.filter(q => q.firstResponseAt);
        const late = responded.filter(
          q => q.firstResponseAt! > q.firstResponseDueAt,
        );
        expect(late).toHaveLength(5);
        expect(responded.length - late.length).toBeGreaterThan(25);

        const unanswered = questions.filter(
          q => q.status === 'open' && !q.firstResponseAt,
        );
        expect(unanswered).toHaveLength(7);
        expect(questions.filter(q => q.score > 0).length).toBeGreaterThan(2);

        const stale = questions.find(q => q.closeReason === 'stale');
        expect(stale).toBeDefined();
        const duplicate = questions.find(q => q.closeReason === 'duplicate')!;
        expect(
          await store.listDuplicates(duplicate.duplicateOfId!, undefined),
        ).toEqual([
          { id: duplicate.id, title: duplicate.title, status: 'closed' },
        ]);
        const comments = await store.listAnswers(duplicate.id);
        expect(comments[0].body).toContain(
          `/support/questions/${duplicate.duplicateOfId}`,
        );
      },
    );

    it('asks as community members and answers as the queue teams', async () => {
      const store = await migratedStore(databases, databaseId);
      await seedDemoQuestions({ store, queues, logger, now: mondayMorning });
      const people = communityPeople();

      for (const question of await allQuestions(store)) {
        const team = queues.get(question.queueId)!.team;
        expect(people.has(question.authorRef)).toBe(true);
        expect(people.get(question.authorRef)).not.toContain(team);
        const replies = await store.listAnswers(question.id);
        for (const reply of replies) {
          expect(people.has(reply.authorRef)).toBe(true);
        }
        for (const answer of replies.filter(r => r.kind === 'answer')) {
          expect(people.get(answer.authorRef)).toContain(team);
        }
      }
    });

    it('leaves due questions open so that breaches show', async () => {
      const store = await migratedStore(databases, databaseId);
      await seedDemoQuestions({ store, queues, logger, now: mondayMorning });

      const breached = await store.markBreaches(mondayMorning);
      expect(
        breached.filter(b => b.kind === 'first-response').map(b => b.title),
      ).toHaveLength(5);
      expect(
        breached.filter(b => b.kind === 'resolution').length,
      ).toBeGreaterThan(0);
      const counts = await store.countByQueue(undefined);
      expect(counts.get('kestrel-flow')?.breached).toBeGreaterThan(0);
    });

    it('keeps reports private and promotes only public questions to the FAQ', async () => {
      const store = await migratedStore(databases, databaseId);
      await seedDemoQuestions({ store, queues, logger, now: mondayMorning });

      const privateOnes = (await allQuestions(store)).filter(
        q => q.visibility === 'private',
      );
      expect(privateOnes.map(q => q.queueId).sort()).toEqual([
        'code-of-conduct',
        'security',
      ]);
      const publicOnly = {
        property: 'visibility' as const,
        values: ['public'],
      };
      for (const q of privateOnes) {
        expect(await store.getQuestion(q.id, publicOnly)).toBeUndefined();
      }

      const faq = await store.listFaq({ limit: 10, offset: 0 });
      expect(faq.totalCount).toBe(2);
      for (const entry of faq.items) {
        const question = (await store.getQuestion(entry.questionId))!;
        expect(question.visibility).toBe('public');
        expect(question.acceptedAnswerId).toBe(entry.answerId);
      }
    });

    it('adds nothing to a desk that has questions', async () => {
      const store = await migratedStore(databases, databaseId);
      await seedDemoQuestions({ store, queues, logger, now: mondayMorning });
      const later = new Date(mondayMorning.getTime() + DAY_MS);
      expect(
        await seedDemoQuestions({ store, queues, logger, now: later }),
      ).toEqual({ created: 0 });
      expect(
        (
          await store.listQuestions(
            { sort: 'newest', limit: 1, offset: 0 },
            undefined,
          )
        ).totalCount,
      ).toBe(demoQuestions.length);
    });

    it('leaves out the questions of missing queues and their duplicates', async () => {
      const store = await migratedStore(databases, databaseId);
      const withoutConnect = fixedQueueRegistry(
        communityQueues().filter(q => q.id !== 'kestrel-connect'),
      );
      const inConnect = demoQuestions.filter(
        q => q.queueId === 'kestrel-connect',
      ).length;
      expect(
        await seedDemoQuestions({
          store,
          queues: withoutConnect,
          logger,
          now: mondayMorning,
        }),
      ).toEqual({ created: demoQuestions.length - inConnect });
    });

    it('gives the support metrics something to measure', async () => {
      const store = await migratedStore(databases, databaseId);
      await seedDemoQuestions({ store, queues, logger, now: mondayMorning });
      const window = {
        from: new Date(mondayMorning.getTime() - 90 * DAY_MS),
        to: mondayMorning,
      };
      for (const queue of ['kestrel-flow', 'getting-started']) {
        const rows = await store.metricRows({ queueIds: [queue] }, window);
        const metrics = computeSupportMetrics(rows, window, { queue });
        expect(metrics.timeToFirstResponse.medianHours).not.toBeNull();
        expect(metrics.resolutionDuration.medianHours).not.toBeNull();
        expect(metrics.withinTargetShare).toBeGreaterThan(0.5);
        expect(metrics.opened).toBeGreaterThan(3);
      }
    });
  });
});
