import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConflictError, NotFoundError } from '@backstage/errors';
import {
  CreatedEntityRecord,
  createdEntityMigrations,
  DatabaseCreatedEntityStore,
} from './CreatedEntityStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const library: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'Kestrel-Retry', namespace: 'default' },
  spec: { type: 'library', lifecycle: 'experimental', owner: 'core-maintainers' },
};

function recordOf(entity: Entity, at: string, extra: Partial<CreatedEntityRecord> = {}) {
  return {
    entityRef: `component:default/${entity.metadata.name}`,
    entity,
    createdBy: 'user:default/ada',
    createdAt: at,
    updatedAt: at,
    ...extra,
  };
}

describe('DatabaseCreatedEntityStore', () => {
  it.each(databases.eachSupportedId())(
    'migrates up and down with its own migrations table on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest(createdEntityMigrations);
      expect(await knex.schema.hasTable('community_created_entities')).toBe(true);
      expect(
        await knex.schema.hasTable('community_created_entities_migrations'),
      ).toBe(true);
      // The catalog's own migrations table is left alone.
      expect(await knex.schema.hasTable('knex_migrations')).toBe(false);

      await knex.migrate.rollback(createdEntityMigrations, true);
      expect(await knex.schema.hasTable('community_created_entities')).toBe(false);

      await knex.migrate.latest(createdEntityMigrations);
      expect(await knex.schema.hasTable('community_created_entities')).toBe(true);
    },
  );

  it.each(databases.eachSupportedId())(
    'keeps, lists, replaces and removes entities on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const store = await DatabaseCreatedEntityStore.create({
        database: mockServices.database({ knex }),
      });

      const created = recordOf(library, '2026-11-24T10:00:00.000Z', {
        sourceDirectory: '/data/created/packages/kestrel-retry',
      });
      await store.add(created);
      const partner = recordOf(
        { ...library, kind: 'Partner', metadata: { name: 'fjord', namespace: 'partners' } },
        '2026-11-24T09:00:00.000Z',
        { entityRef: 'partner:partners/fjord', createdBy: 'user:default/grace' },
      );
      await store.add(partner);

      // Refs are compared without regard to case, like the catalog does.
      const kept = await store.get('Component:Default/kestrel-retry');
      expect(kept).toEqual({ ...created, entityRef: 'component:default/kestrel-retry' });
      expect(await store.get('component:default/other')).toBeUndefined();

      await expect(
        store.add(recordOf(library, '2026-11-24T11:00:00.000Z')),
      ).rejects.toBeInstanceOf(ConflictError);

      expect((await store.list()).map(r => r.entityRef)).toEqual([
        'partner:partners/fjord',
        'component:default/kestrel-retry',
      ]);

      const changed = { ...library, spec: { ...library.spec, lifecycle: 'production' } };
      const replaced = await store.replace(
        'component:default/kestrel-retry',
        changed,
        '2026-11-25T08:00:00.000Z',
      );
      expect(replaced).toMatchObject({
        entity: changed,
        createdAt: '2026-11-24T10:00:00.000Z',
        updatedAt: '2026-11-25T08:00:00.000Z',
        sourceDirectory: '/data/created/packages/kestrel-retry',
        createdBy: 'user:default/ada',
      });
      await expect(
        store.replace('component:default/other', changed, '2026-11-25T08:00:00.000Z'),
      ).rejects.toBeInstanceOf(NotFoundError);

      await expect(store.remove('partner:partners/fjord')).resolves.toMatchObject({
        createdBy: 'user:default/grace',
        sourceDirectory: undefined,
      });
      await expect(store.remove('partner:partners/fjord')).rejects.toBeInstanceOf(
        NotFoundError,
      );
      expect((await store.list()).map(r => r.entityRef)).toEqual([
        'component:default/kestrel-retry',
      ]);
    },
  );

  it.each(databases.eachSupportedId())(
    'leaves the schema alone when migrations are skipped on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await DatabaseCreatedEntityStore.create({
        database: mockServices.database({ knex, migrations: { skip: true } }),
      });
      expect(await knex.schema.hasTable('community_created_entities')).toBe(false);
    },
  );
});
