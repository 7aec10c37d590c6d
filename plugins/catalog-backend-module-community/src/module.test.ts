import { resolve as resolvePath } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { Entity } from '@backstage/catalog-model';
import request from 'supertest';
import catalogModuleCommunityKinds from './index';

jest.setTimeout(120_000);

const databases = TestDatabases.create({
  ids: ['SQLITE_3', 'POSTGRES_15'],
  disableDocker: true,
});

const fixture = resolvePath(__dirname, '__fixtures__/community.yaml');

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for the catalog');
    await new Promise(r => setTimeout(r, 250));
  }
}

describe('catalog with the community kinds', () => {
  it.each(databases.eachSupportedId())(
    'ingests valid partners and events with relations and rejects malformed ones by field, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const { server } = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleCommunityKinds,
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [{ allow: ['Component', 'Group', 'User', 'Partner', 'Event', 'Location'] }],
                locations: [{ type: 'file', target: fixture }],
                processingInterval: { seconds: 1 },
              },
            },
          }),
        ],
      });
      const get = (path: string) =>
        request(server)
          .get(`/api/catalog${path}`)
          .set('Authorization', mockCredentials.user.header());

      const partner = await waitFor(async () => {
        const res = await get('/entities/by-name/partner/default/northwind-data');
        const entity: Entity | undefined = res.status === 200 ? res.body : undefined;
        return entity?.relations?.length ? entity : undefined;
      });
      expect(partner.relations).toEqual(
        expect.arrayContaining([
          { type: 'ownedBy', targetRef: 'group:default/partnerships' },
          { type: 'hasContact', targetRef: 'user:default/ines.duarte' },
          { type: 'sponsors', targetRef: 'component:default/kestrel-stream' },
          { type: 'maintains', targetRef: 'component:default/kestrel-connect' },
        ]),
      );

      const relationsOf = (ref: string, type: string) =>
        waitFor(async () => {
          const res = await get(`/entities/by-name/${ref}`);
          const entity: Entity | undefined = res.body;
          return entity?.relations?.some(r => r.type === type) ? entity.relations : undefined;
        });
      const northwind = 'partner:default/northwind-data';
      expect(await relationsOf('component/default/kestrel-stream', 'sponsoredBy')).toContainEqual(
        { type: 'sponsoredBy', targetRef: northwind },
      );
      expect(
        await relationsOf('component/default/kestrel-connect', 'maintainedBy'),
      ).toContainEqual({ type: 'maintainedBy', targetRef: northwind });
      expect(await relationsOf('user/default/ines.duarte', 'contactOf')).toContainEqual({
        type: 'contactOf',
        targetRef: northwind,
      });

      const workshop = 'event:default/connect-workshop';
      expect(await relationsOf('event/default/connect-workshop', 'coHostedBy')).toEqual(
        expect.arrayContaining([
          { type: 'ownedBy', targetRef: 'group:default/partnerships' },
          { type: 'organisedBy', targetRef: 'user:default/ines.duarte' },
          { type: 'hasSpeaker', targetRef: 'user:default/ines.duarte' },
          { type: 'features', targetRef: 'component:default/kestrel-connect' },
          { type: 'coHostedBy', targetRef: northwind },
        ]),
      );
      expect(await relationsOf('partner/default/northwind-data', 'coHosts')).toContainEqual({
        type: 'coHosts',
        targetRef: workshop,
      });
      expect(await relationsOf('user/default/ines.duarte', 'speakerAt')).toEqual(
        expect.arrayContaining([
          { type: 'speakerAt', targetRef: workshop },
          { type: 'organiserOf', targetRef: workshop },
        ]),
      );

      // Malformed partners never reach the catalog; their processing errors name the field.
      const errorsOf = (ref: string) =>
        waitFor(async () => {
          const row = await knex('refresh_state').where({ entity_ref: ref }).first();
          return row?.errors && row.errors !== '[]' ? String(row.errors) : undefined;
        });
      expect(await errorsOf('partner:default/bad-tier')).toContain('/spec/tier');
      expect(await errorsOf('partner:default/bad-contact')).toContain('/spec/contacts/0');
      expect(await errorsOf('partner:default/bad-since')).toContain('/spec/since');
      expect(await errorsOf('event:default/bad-rrule')).toContain(
        '/spec/recurrence/rrule is not a valid RFC 5545 rule: invalid frequency',
      );
      for (const ref of [
        'partner/default/bad-tier',
        'partner/default/bad-contact',
        'partner/default/bad-since',
        'event/default/bad-rrule',
      ]) {
        expect((await get(`/entities/by-name/${ref}`)).status).toBe(404);
      }
    },
  );
});
