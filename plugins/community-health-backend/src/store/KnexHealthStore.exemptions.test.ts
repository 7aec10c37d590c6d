import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { communityHealthMigrationsDirectory } from '../database/migrateDatabase';
import { KnexHealthStore } from './KnexHealthStore';

const FLOW = 'component:default/kestrel-flow';
const LINT = 'component:default/kestrel-lint';
const MEI = 'user:default/mei.tanaka';
const AMARA = 'user:default/amara.okafor';

describe('KnexHealthStore: exemptions and their audit', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: communityHealthMigrationsDirectory,
    });
    return new KnexHealthStore(knex);
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('adds, lists and withdraws exemptions, auditing each change', async () => {
      const store = await createStore(databaseId);
      const added = await store.addExemption(
        {
          entityRef: 'Component:default/kestrel-flow',
          checkId: 'docs-build',
          justification: 'Docs move to the new site in January',
          expiresOn: '2027-01-31',
        },
        MEI,
        new Date('2026-11-24T10:00:00Z'),
      );
      expect(added).toEqual({
        id: expect.any(Number),
        entityRef: FLOW,
        checkId: 'docs-build',
        justification: 'Docs move to the new site in January',
        expiresOn: '2027-01-31',
        createdByRef: MEI,
        createdAt: '2026-11-24T10:00:00.000Z',
      });
      await store.addExemption(
        {
          entityRef: LINT,
          checkId: 'has-description',
          justification: 'Being renamed',
          expiresOn: '2026-12-01',
        },
        MEI,
        new Date('2026-11-24T11:00:00Z'),
      );

      const today = '2026-11-24';
      expect(
        (await store.listExemptions({ today })).map(e => e.entityRef),
      ).toEqual([LINT, FLOW]);
      expect(await store.listExemptions({ entityRef: FLOW, today })).toEqual([
        added,
      ]);

      const revoked = await store.revokeExemption(
        added.id,
        AMARA,
        new Date('2026-11-25T09:00:00Z'),
      );
      expect(revoked).toEqual({
        ...added,
        revokedAt: '2026-11-25T09:00:00.000Z',
        revokedByRef: AMARA,
      });
      expect(await store.getExemption(added.id)).toEqual(revoked);
      // Withdrawn: no longer active, still listed with the inactive ones
      expect(await store.listExemptions({ entityRef: FLOW, today })).toEqual(
        [],
      );
      expect(
        await store.listExemptions({
          entityRef: FLOW,
          today,
          includeInactive: true,
        }),
      ).toEqual([revoked]);

      expect(await store.listAudit({ entityRef: FLOW })).toEqual([
        {
          id: expect.any(Number),
          exemptionId: added.id,
          entityRef: FLOW,
          action: 'created',
          actorRef: MEI,
          at: '2026-11-24T10:00:00.000Z',
          details: {
            checkId: 'docs-build',
            justification: 'Docs move to the new site in January',
            expiresOn: '2027-01-31',
          },
        },
        {
          id: expect.any(Number),
          exemptionId: added.id,
          entityRef: FLOW,
          action: 'revoked',
          actorRef: AMARA,
          at: '2026-11-25T09:00:00.000Z',
          details: { checkId: 'docs-build' },
        },
      ]);
      expect(await store.listAudit()).toHaveLength(3);
    });

    it('treats an exemption as active through its expiry day', async () => {
      const store = await createStore(databaseId);
      await store.addExemption(
        {
          entityRef: FLOW,
          checkId: 'docs-build',
          justification: 'x',
          expiresOn: '2026-12-01',
        },
        MEI,
        new Date('2026-11-24T10:00:00Z'),
      );
      expect(await store.listExemptions({ today: '2026-12-01' })).toHaveLength(
        1,
      );
      expect(await store.listExemptions({ today: '2026-12-02' })).toHaveLength(
        0,
      );
      expect(
        await store.listExemptions({
          today: '2026-12-02',
          includeInactive: true,
        }),
      ).toHaveLength(1);
    });

    it('refuses to withdraw twice or an unknown exemption', async () => {
      const store = await createStore(databaseId);
      const { id } = await store.addExemption(
        {
          entityRef: FLOW,
          checkId: 'docs-build',
          justification: 'x',
          expiresOn: '2026-12-01',
        },
        MEI,
        new Date('2026-11-24T10:00:00Z'),
      );
      await store.revokeExemption(id, MEI, new Date('2026-11-24T11:00:00Z'));
      await expect(
        store.revokeExemption(id, AMARA, new Date('2026-11-24T12:00:00Z')),
      ).rejects.toThrow(ConflictError);
      await expect(
        store.revokeExemption(
          id + 100,
          AMARA,
          new Date('2026-11-24T12:00:00Z'),
        ),
      ).rejects.toThrow(NotFoundError);
      // The failed attempts left no audit lines
      expect((await store.listAudit()).map(a => a.action)).toEqual([
        'created',
        'revoked',
      ]);
      expect((await store.getExemption(id))?.revokedByRef).toBe(MEI);
    });
  });
});
