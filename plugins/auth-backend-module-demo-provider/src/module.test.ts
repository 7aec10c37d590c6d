import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import authPlugin from '@backstage/plugin-auth-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { UserEntity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import request from 'supertest';
import authModuleDemoProvider from './index';

const user = (name: string, memberOf: string[]): UserEntity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { profile: { displayName: name.replace('.', ' ') }, memberOf },
  // As the catalog's processing would add them
  relations: memberOf.map(group => ({
    type: 'memberOf',
    targetRef: `group:default/${group}`,
  })),
});

const entities = [
  user('amara.okafor', ['community-managers']),
  user('gabriel.moreau', []),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'community-managers', namespace: 'default' },
    spec: { type: 'team', children: [] },
  },
];

async function startAuth(auth: JsonObject) {
  const { server } = await startTestBackend({
    features: [
      authPlugin,
      authModuleDemoProvider,
      catalogServiceMock.factory({ entities }),
      mockServices.rootConfig.factory({
        data: {
          app: { baseUrl: 'http://localhost:3000' },
          backend: { baseUrl: 'http://localhost:7007' },
          auth,
        },
      }),
    ],
  });
  return server;
}

const HEADER = 'x-community-hub-demo-user';

describe('demo sign-in', () => {
  it('lists the catalog users, without credentials, for the sign-in page', async () => {
    const server = await startAuth({ environment: 'development', providers: { demo: {} } });
    const res = await request(server).get('/api/auth/demo-users');
    expect(res.status).toBe(200);
    expect(res.body.users.map((u: { name: string }) => u.name)).toEqual([
      'amara.okafor',
      'gabriel.moreau',
    ]);
    expect(res.body.users[0].groups).toEqual(['community-managers']);
  });

  it('signs in as the chosen catalog user, with the groups as ownership', async () => {
    const server = await startAuth({ environment: 'development', providers: { demo: {} } });
    const res = await request(server)
      .get('/api/auth/demo/refresh')
      .set(HEADER, 'amara.okafor');
    expect(res.status).toBe(200);
    expect(res.body.backstageIdentity.identity).toMatchObject({
      userEntityRef: 'user:default/amara.okafor',
      ownershipEntityRefs: expect.arrayContaining([
        'user:default/amara.okafor',
        'group:default/community-managers',
      ]),
    });
  });

  it('refuses a request that names no user or a malformed one', async () => {
    const server = await startAuth({ environment: 'development', providers: { demo: {} } });
    const missing = await request(server).get('/api/auth/demo/refresh');
    expect(missing.status).toBe(401);
    expect(missing.body.error.message).toContain(HEADER);
    const malformed = await request(server)
      .get('/api/auth/demo/refresh')
      .set(HEADER, '../../etc/passwd');
    expect(malformed.status).toBe(401);
    expect(malformed.body.error.message).toContain('not a valid user name');
  });

  it('refuses a user who is not in the catalog', async () => {
    const server = await startAuth({ environment: 'development', providers: { demo: {} } });
    const res = await request(server).get('/api/auth/demo/refresh').set(HEADER, 'no.body');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.backstageIdentity).toBeUndefined();
  });

  it('is never active in production, even when configured', async () => {
    const server = await startAuth({ environment: 'production', providers: { demo: {} } });
    const refresh = await request(server)
      .get('/api/auth/demo/refresh')
      .set(HEADER, 'amara.okafor');
    expect(refresh.status).toBe(404);
    expect((await request(server).get('/api/auth/demo-users')).status).toBe(404);
  });

  it('is inactive when not configured', async () => {
    const server = await startAuth({ environment: 'development', providers: {} });
    const refresh = await request(server)
      .get('/api/auth/demo/refresh')
      .set(HEADER, 'amara.okafor');
    expect(refresh.status).toBe(404);
  });
});
