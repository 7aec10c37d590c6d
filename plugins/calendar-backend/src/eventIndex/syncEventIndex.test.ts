import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { calendarMigrationsDirectory } from '../database/migrateDatabase';
import { EventIndex } from './EventIndex';
import { EventIndexStore } from './EventIndexStore';
import { syncEventIndex } from './syncEventIndex';
import { berlinCall, workshop } from '../__testUtils__/testEvents';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'kestrel-flow', namespace: 'default' },
  spec: {
    type: 'library',
    owner: 'group:default/core-maintainers',
    lifecycle: 'production',
  },
};

describe('syncEventIndex', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  it.each(databases.eachSupportedId())(
    'keeps the index equal to the catalog on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      await knex.migrate.latest({ directory: calendarMigrationsDirectory });
      const store = new EventIndexStore(knex);
      const index = new EventIndex(store, { checkIntervalMs: 0 });
      const sync = (entities: object[]) =>
        syncEventIndex({
          catalog: catalogServiceMock({ entities: entities as any }),
          auth: mockServices.auth(),
          store,
          logger: mockServices.logger.mock(),
        });

      expect(await sync([berlinCall, workshop, component])).toEqual({
        added: 2,
        changed: 0,
        removed: 0,
      });
      const first = await index.current();
      expect([...first.byRef.keys()].sort()).toEqual([
        'event:default/connector-workshop-lisbon',
        'event:default/monthly-community-call',
      ]);
      expect(
        first.get('event:default/connector-workshop-lisbon')!.event.sequence,
      ).toBe(0);

      // Nothing changed: same generation, same snapshot
      expect(await sync([berlinCall, workshop])).toEqual({
        added: 0,
        changed: 0,
        removed: 0,
      });
      expect(await index.current()).toBe(first);

      // The workshop moves an hour later; the call is removed
      const moved = {
        ...workshop,
        spec: { ...workshop.spec, start: '2027-01-20T15:00' },
      };
      expect(await sync([moved])).toEqual({ added: 0, changed: 1, removed: 1 });
      const second = await index.current();
      expect(second.generation).toBe(first.generation + 1);
      expect([...second.byRef.keys()]).toEqual([
        'event:default/connector-workshop-lisbon',
      ]);
      expect(
        second.get('event:default/connector-workshop-lisbon')!.event,
      ).toMatchObject({
        sequence: 1,
        start: '2027-01-20T15:00',
      });
    },
  );
});
