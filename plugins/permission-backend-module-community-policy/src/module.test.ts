import {
  BackstageCredentials,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import {
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { permissionModuleCommunityPolicy } from './module';

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': ['group:default/core-maintainers'],
  'user:default/member': ['group:default/support-team'],
};

const userInfo = mockServices.userInfo.mock({
  async getUserInfo(credentials: BackstageCredentials) {
    const principal = credentials.principal as BackstageUserPrincipal;
    if (principal.type !== 'user') {
      throw new Error('not a user');
    }
    const { userEntityRef } = principal;
    return {
      userEntityRef,
      ownershipEntityRefs: [
        userEntityRef,
        ...(groupsByUser[userEntityRef] ?? []),
      ],
    };
  },
});

describe('permissionModuleCommunityPolicy', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    backend = await startTestBackend({
      features: [
        permissionPlugin,
        permissionModuleCommunityPolicy,
        userInfo.factory,
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true } },
        }),
      ],
    });
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function authorize(
    body: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return fetch(
      `http://localhost:${backend.server.port()}/api/permission/authorize`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(body),
      },
    );
  }

  function deleteEntity(resourceRef: string) {
    return {
      items: [
        {
          id: 'delete',
          resourceRef,
          permission: catalogEntityDeletePermission,
        },
      ],
    };
  }

  async function decisionFor(
    userEntityRef: string,
    body: unknown,
  ): Promise<unknown> {
    const response = await authorize(body, {
      authorization: mockCredentials.user.header(userEntityRef),
    });
    expect(response.status).toBe(200);
    return response.json();
  }

  it('rejects a request without credentials', async () => {
    const response = await authorize(
      deleteEntity('component:default/kestrel-flow'),
    );
    expect(response.status).toBe(401);
  });

  it('rejects a malformed request', async () => {
    const header = {
      authorization: mockCredentials.user.header('user:default/member'),
    };
    await expect(
      authorize(
        { items: [{ id: '1', permission: 'catalog.entity.delete' }] },
        header,
      ),
    ).resolves.toMatchObject({ status: 400 });
    await expect(authorize({ nope: true }, header)).resolves.toMatchObject({
      status: 400,
    });
  });

  it('lets a community manager read every entity', async () => {
    await expect(
      decisionFor('user:default/manager', {
        items: [
          {
            id: 'read',
            resourceRef: 'component:default/kestrel-flow',
            permission: catalogEntityReadPermission,
          },
        ],
      }),
    ).resolves.toEqual({ items: [{ id: 'read', result: 'ALLOW' }] });
  });

  it('lets a maintainer read everything but the templates of other audiences', async () => {
    const onBehalfOfMaintainer = mockCredentials.user.token(
      'user:default/maintainer',
      { actor: { subject: 'plugin:catalog' } },
    );
    const response = await authorize(
      { items: [{ id: 'read', permission: catalogEntityReadPermission }] },
      { authorization: `Bearer ${onBehalfOfMaintainer}` },
    );
    const label = 'communityhub.dev/audience';
    await expect(response.json()).resolves.toEqual({
      items: [
        {
          id: 'read',
          result: 'CONDITIONAL',
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            allOf: ['event-organisers', 'community-managers', 'educators'].map(
              value => ({
                not: {
                  rule: 'HAS_LABEL',
                  resourceType: 'catalog-entity',
                  params: { label, value },
                },
              }),
            ),
          },
        },
      ],
    });
  });

  it('denies a member deleting an entity', async () => {
    await expect(
      decisionFor(
        'user:default/member',
        deleteEntity('component:default/kestrel-flow'),
      ),
    ).resolves.toEqual({ items: [{ id: 'delete', result: 'DENY' }] });
  });

  it('allows a community manager deleting any entity', async () => {
    await expect(
      decisionFor(
        'user:default/manager',
        deleteEntity('component:default/kestrel-cli'),
      ),
    ).resolves.toEqual({ items: [{ id: 'delete', result: 'ALLOW' }] });
  });

  it('rejects a direct user request for a resource permission without a resource ref', async () => {
    const response = await authorize(
      { items: [{ id: 'delete', permission: catalogEntityDeletePermission }] },
      { authorization: mockCredentials.user.header('user:default/manager') },
    );
    expect(response.status).toBe(400);
  });

  it('lets a maintainer delete only the entities their groups own', async () => {
    const onBehalfOfMaintainer = mockCredentials.user.token(
      'user:default/maintainer',
      { actor: { subject: 'plugin:catalog' } },
    );
    const response = await authorize(
      { items: [{ id: 'delete', permission: catalogEntityDeletePermission }] },
      { authorization: `Bearer ${onBehalfOfMaintainer}` },
    );
    expect(response.status).toBe(200);
    await expect(response.json()).resolves.toEqual({
      items: [
        {
          id: 'delete',
          result: 'CONDITIONAL',
          pluginId: 'catalog',
          resourceType: 'catalog-entity',
          conditions: {
            rule: 'IS_ENTITY_OWNER',
            resourceType: 'catalog-entity',
            params: {
              claims: [
                'user:default/maintainer',
                'group:default/core-maintainers',
              ],
            },
          },
        },
      ],
    });
  });
});

describe('permissionModuleCommunityPolicy with configured roles', () => {
  function startWithRoles(roles: Record<string, string[]>) {
    return startTestBackend({
      features: [
        permissionPlugin,
        permissionModuleCommunityPolicy,
        userInfo.factory,
        mockServices.rootConfig.factory({
          data: { permission: { enabled: true }, communityHub: { roles } },
        }),
      ],
    });
  }

  it('grants the roles to the groups from app-config', async () => {
    const backend = await startWithRoles({
      communityManagers: ['group:default/support-team'],
    });
    try {
      const response = await fetch(
        `http://localhost:${backend.server.port()}/api/permission/authorize`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            authorization: mockCredentials.user.header('user:default/member'),
          },
          body: JSON.stringify({
            items: [
              {
                id: 'delete',
                resourceRef: 'component:default/kestrel-flow',
                permission: catalogEntityDeletePermission,
              },
            ],
          }),
        },
      );
      await expect(response.json()).resolves.toEqual({
        items: [{ id: 'delete', result: 'ALLOW' }],
      });
    } finally {
      await backend.stop();
    }
  });

  it('refuses to start with an invalid role group', async () => {
    await expect(
      startWithRoles({ maintainers: ['group:default/'] }),
    ).rejects.toThrow(/communityHub\.roles\.maintainers/);
  });
});
