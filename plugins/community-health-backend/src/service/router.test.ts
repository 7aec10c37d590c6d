import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { DateTime } from 'luxon';
import request from 'supertest';
import {
  CORE,
  FLOW,
  LINT,
  NIMBUS,
  PARTNERSHIPS,
  RETRY,
  testCatalog,
  testProvider,
  testScorecards,
  testValues,
  TOOLING,
} from '../__testUtils__/healthFixtures';
import {
  HealthTestBackend,
  signedInAs,
  startHealthBackend,
} from '../__testUtils__/startHealthBackend';
import { COMMUNITY_REF } from '../computation/targets';

const MANAGER = 'user:default/amara.okafor';
const MEI = 'user:default/mei.tanaka'; // core-maintainers: owns flow and retry
const SAM = 'user:default/sam.lee'; // tooling-maintainers: owns lint
const MEMBER = 'user:default/visitor';

const groupsByUser = {
  [MANAGER]: ['group:default/community-managers'],
  [MEI]: [CORE],
  [SAM]: [TOOLING],
};

const today = () => DateTime.utc().startOf('day');

describe('community health routes', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let health: HealthTestBackend;
    let knex: Knex;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      health = await startHealthBackend({
        knex,
        entities: testCatalog(),
        scorecards: testScorecards,
        providers: [testProvider(testValues)],
        groupsByUser,
      });
    }, 60_000);

    afterAll(async () => {
      await health?.stop();
    });

    const api = () => request(health.server);
    const get = (path: string, user?: string) => {
      const req = api().get(`/api/community-health${path}`);
      return user ? req.set(signedInAs(user)) : req;
    };
    const post = (path: string, user?: string, body?: object) => {
      const req = api().post(`/api/community-health${path}`);
      return (user ? req.set(signedInAs(user)) : req).send(body);
    };
    const del = (path: string, user?: string) => {
      const req = api().delete(`/api/community-health${path}`);
      return user ? req.set(signedInAs(user)) : req;
    };

    async function waitForRun() {
      for (let i = 0; i < 200; i++) {
        const res = await get('/runs/latest', MEMBER);
        if (res.status === 200 && res.body.status !== 'running')
          return res.body;
        await new Promise(resolve => setTimeout(resolve, 50));
      }
      throw new Error('The run did not finish');
    }

    it('needs a signed-in user', async () => {
      for (const res of await Promise.all([
        get('/dashboard'),
        get('/scores'),
        get('/scorecards'),
        get('/entities/component/default/kestrel-flow'),
        get('/runs/latest'),
        post('/runs'),
        post('/entities/component/default/kestrel-flow/recompute'),
        post(
          '/entities/component/default/kestrel-flow/exemptions',
          undefined,
          {},
        ),
        del('/exemptions/1'),
      ])) {
        expect(res.status).toBe(401);
      }
    });

    it('has no run before the first computation', async () => {
      expect((await get('/runs/latest', MEMBER)).status).toBe(404);
    });

    it('lets only community managers start a full run, and shows its progress', async () => {
      const refused = await post('/runs', MEI);
      expect(refused.status).toBe(403);
      expect(refused.body.error.message).toMatch(/community managers/);

      const started = await post('/runs', MANAGER);
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({
        status: 'running',
        trigger: 'manual',
        done: 0,
      });

      const finished = await waitForRun();
      // 3 packages, 1 partner, 4 groups and the community
      expect(finished).toMatchObject({
        id: started.body.id,
        status: 'succeeded',
        trigger: 'manual',
        total: 9,
        done: 9,
        finishedAt: expect.any(String),
      });
    });

    it('publishes scorecards and every provider’s metric definitions', async () => {
      const scorecards = await get('/scorecards', MEMBER);
      expect(scorecards.body.items.map((s: { id: string }) => s.id)).toEqual([
        'package',
        'partner',
        'group',
        'community',
      ]);
      const definitions = await get('/metrics/definitions', MEMBER);
      const ids: string[] = definitions.body.items.map(
        (d: { id: string }) => d.id,
      );
      expect(ids).toEqual(
        expect.arrayContaining([
          'catalog.has-owner',
          'catalog.active-maintainers',
          'support.median-first-response-hours',
          'calendar.events-held',
          'contributions.elephant-factor',
          'test.a',
        ]),
      );
    });

    it('serves the dashboard, filtered by target, owner and partner', async () => {
      const res = await get('/dashboard', MEMBER);
      expect(res.status).toBe(200);
      // The hand-worked results of the test scorecards (see runFullComputation.test.ts)
      expect(res.body.community).toMatchObject({
        entityRef: COMMUNITY_REF,
        score: 64.1,
        level: 'bronze',
        rollUp: { entityCount: 4 },
      });
      expect(res.body.history).toEqual([
        expect.objectContaining({ score: 64.1, level: 'bronze' }),
      ]);
      expect(res.body.levelDistribution).toEqual({
        silver: 2,
        bronze: 3,
        none: 2,
      });
      expect(
        res.body.worst.map((w: { entityRef: string; score: number }) => [
          w.entityRef,
          w.score,
        ]),
      ).toEqual([
        [LINT, 25],
        [TOOLING, 25],
        [PARTNERSHIPS, 56.3],
        [NIMBUS, 56.3],
        [RETRY, 75],
        [CORE, 87.5],
        [FLOW, 100],
      ]);
      expect(res.body.movers).toEqual([]);
      expect(res.body.latestRun).toMatchObject({ status: 'succeeded' });

      const packages = await get('/dashboard?target=package', MEMBER);
      expect(packages.body.levelDistribution).toEqual({
        silver: 1,
        bronze: 1,
        none: 1,
      });
      const owned = await get(`/dashboard?owner=${CORE}`, MEMBER);
      expect(
        owned.body.worst.map((w: { entityRef: string }) => w.entityRef),
      ).toEqual([RETRY, FLOW]);
      const sponsored = await get(
        `/dashboard?partner=${NIMBUS}&days=7`,
        MEMBER,
      );
      expect(
        sponsored.body.worst.map((w: { entityRef: string }) => w.entityRef),
      ).toEqual([LINT, FLOW]);
    });

    it.each([
      ['?days=0', /days/],
      ['?days=4000', /days/],
      ['?target=team', /target/],
      ['?owner=%3A%3A', /owner/],
      ['?colour=red', /colour|Unrecognized/],
    ])(
      'refuses the dashboard query %s, naming the field',
      async (query, field) => {
        const res = await get(`/dashboard${query}`, MEMBER);
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(field);
      },
    );

    it('lists scores sorted and paged', async () => {
      const res = await get(
        '/scores?target=package&sort=score&order=desc&limit=2',
        MEMBER,
      );
      expect(res.status).toBe(200);
      expect(res.body.totalCount).toBe(3);
      expect(res.body.items).toEqual([
        {
          entityRef: FLOW,
          target: 'package',
          score: 100,
          level: 'silver',
          computedAt: expect.any(String),
        },
        {
          entityRef: RETRY,
          target: 'package',
          score: 75,
          level: 'bronze',
          computedAt: expect.any(String),
        },
      ]);
      const tooMany = await get('/scores?limit=501', MEMBER);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toMatch(/limit/);
    });

    it('shows an entity’s health with what the reader may do', async () => {
      const asOwner = await get(
        '/entities/Component/default/kestrel-flow',
        MEI,
      );
      expect(asOwner.status).toBe(200);
      expect(asOwner.body).toMatchObject({
        score: { entityRef: FLOW, score: 100, level: 'silver' },
        scorecard: { id: 'package' },
        exemptions: [],
        history: [expect.objectContaining({ score: 100 })],
        can: { exempt: true, recompute: true },
      });
      expect(
        (await get('/entities/component/default/kestrel-flow', MEMBER)).body
          .can,
      ).toEqual({
        exempt: false,
        recompute: false,
      });
      expect(
        (await get('/entities/component/default/kestrel-flow', MANAGER)).body
          .can,
      ).toEqual({
        exempt: true,
        recompute: true,
      });
      const community = await get('/entities/community/default/kestrel', MEI);
      expect(community.body).toMatchObject({
        score: { score: 64.1 },
        scorecard: { id: 'community' },
        can: { exempt: false, recompute: false },
      });
      expect(
        (await get('/entities/component/default/nowhere', MEMBER)).status,
      ).toBe(404);
      expect(
        (await get('/entities/component/default/kestrel-flow?days=x', MEMBER))
          .status,
      ).toBe(400);
    });

    describe('exemptions', () => {
      const exemptLint = (user: string, body: object) =>
        post('/entities/component/default/kestrel-lint/exemptions', user, body);
      const valid = () => ({
        checkId: 'a',
        justification:
          'kestrel-lint is being rewritten; the old checks do not apply',
        expiresOn: today().plus({ months: 2 }).toISODate(),
      });
      let exemptionId: number;

      it('are for the owners of the entity and community managers', async () => {
        const res = await exemptLint(MEMBER, valid());
        expect(res.status).toBe(403);
        // Owning another package is not enough
        expect((await exemptLint(MEI, valid())).status).toBe(403);
      });

      it.each([
        [{ checkId: 'nope' }, /checkId.*no check 'nope'/],
        [{ expiresOn: DateTime.utc().toISODate() }, /expiresOn/],
        [
          { expiresOn: DateTime.utc().plus({ years: 1, days: 1 }).toISODate() },
          /expiresOn/,
        ],
        [{ expiresOn: '2027-02-30' }, /expiresOn/],
        [{ justification: '  ' }, /justification/],
        [{ extra: true }, /extra|Unrecognized/],
      ])('refuses %j, naming the field', async (change, message) => {
        const res = await exemptLint(SAM, { ...valid(), ...change });
        expect(res.status).toBe(400);
        expect(res.body.error.message).toMatch(message);
      });

      it('exempts, rescores at once, and audits', async () => {
        const res = await exemptLint(SAM, valid());
        expect(res.status).toBe(201);
        expect(res.body).toMatchObject({
          entityRef: LINT,
          checkId: 'a',
          createdByRef: SAM,
        });
        exemptionId = res.body.id;

        // lint: a exempt, b passes: 100, silver
        const lint = await get('/entities/component/default/kestrel-lint', SAM);
        expect(lint.body.score).toMatchObject({ score: 100, level: 'silver' });
        expect(lint.body.exemptions).toEqual([res.body]);
        // nimbus-cloud: packages flow 100 and lint 100, own 50: (50 + 100) / 2 = 75;
        // its own stays bronze. The community: (100 + 75 + 100 + 75) / 4 = 87.5,
        // flow and lint (half) at silver: silver.
        const dashboard = await get('/dashboard', MEMBER);
        expect(dashboard.body.community).toMatchObject({
          score: 87.5,
          level: 'silver',
        });
        expect(
          (await get(`/scores?partner=${NIMBUS}&sort=name`, MEMBER)).body
            .totalCount,
        ).toBe(2);

        const audit = await knex('community_health_audit').select();
        expect(audit).toEqual([
          expect.objectContaining({
            exemption_id: exemptionId,
            entity_ref: LINT,
            action: 'created',
            actor_ref: SAM,
          }),
        ]);
      });

      it('are listed, and withdrawn by owners or managers only', async () => {
        expect(
          (await get(`/exemptions?entityRef=${LINT}`, MEMBER)).body.items.map(
            (e: { id: number }) => e.id,
          ),
        ).toEqual([exemptionId]);
        expect(
          (await get('/exemptions?includeInactive=maybe', MEMBER)).status,
        ).toBe(400);

        expect((await del(`/exemptions/${exemptionId}`, MEMBER)).status).toBe(
          403,
        );
        const revoked = await del(`/exemptions/${exemptionId}`, MANAGER);
        expect(revoked.status).toBe(200);
        expect(revoked.body).toMatchObject({
          id: exemptionId,
          revokedByRef: MANAGER,
        });
        expect((await del(`/exemptions/${exemptionId}`, MANAGER)).status).toBe(
          409,
        );
        expect((await del('/exemptions/99999', MANAGER)).status).toBe(404);
        expect((await del('/exemptions/abc', MANAGER)).status).toBe(400);

        // Back to 25 with no level
        const lint = await get('/entities/component/default/kestrel-lint', SAM);
        expect(lint.body.score).toMatchObject({ score: 25, level: null });
        expect(
          (await get(`/exemptions?entityRef=${LINT}`, MEMBER)).body.items,
        ).toEqual([]);
        expect(
          (
            await get(
              `/exemptions?entityRef=${LINT}&includeInactive=true`,
              MEMBER,
            )
          ).body.items,
        ).toHaveLength(1);
        expect(
          (await knex('community_health_audit').orderBy('id')).map(
            a => a.action,
          ),
        ).toEqual(['created', 'revoked']);
      });
    });

    it('recomputes one entity for its owners and community managers', async () => {
      expect(
        (
          await post(
            '/entities/component/default/kestrel-flow/recompute',
            MEMBER,
          )
        ).status,
      ).toBe(403);
      const res = await post(
        '/entities/component/default/kestrel-flow/recompute',
        MEI,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        entityRef: FLOW,
        score: 100,
        level: 'silver',
      });

      // The community is not in the catalog: only managers may recompute it
      expect(
        (await post('/entities/community/default/kestrel/recompute', MEI))
          .status,
      ).toBe(403);
      const community = await post(
        '/entities/community/default/kestrel/recompute',
        MANAGER,
      );
      expect(community.status).toBe(200);
      expect(community.body).toMatchObject({
        entityRef: COMMUNITY_REF,
        score: 64.1,
      });
      expect(
        (await post('/entities/component/default/portal/recompute', MANAGER))
          .status,
      ).toBe(400);
    });
  });
});
