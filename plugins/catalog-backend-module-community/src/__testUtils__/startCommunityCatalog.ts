import {
  BackstageCredentials,
  BackstageUserPrincipal,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { CommunityPermissionPolicy } from '@community-hub/plugin-permission-backend-module-community-policy';
import { Knex } from 'knex';
import { resolve as resolvePath } from 'node:path';
import request from 'supertest';
import catalogModuleCommunity from '../index';

/** The people of the tests and their groups. */
export const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': ['group:default/core-maintainers'],
  'user:default/co-maintainer': ['group:default/core-maintainers'],
  'user:default/organiser': ['group:default/event-organisers'],
  'user:default/educator': ['group:default/educators'],
  'user:default/member': ['group:default/support-team'],
  'user:default/stranger': [],
};

// Template is the scaffolder's kind; the tests accept it without the scaffolder's model.
const templateKind = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-template-kind',
  register(env) {
    env.registerInit({
      deps: { catalog: catalogProcessingExtensionPoint },
      async init({ catalog }) {
        catalog.addProcessor({
          getProcessorName: () => 'TestTemplateKind',
          validateEntityKind: async (entity: Entity) =>
            entity.kind === 'Template',
        });
      },
    });
  },
});

/**
 * Starts the real catalog with the community module on an in-memory SQLite
 * database (or the given one), the community's permission policy asked in-process, and no
 * credentials unless a request brings them. The catalog reads
 * `__fixtures__/created-entities.yaml`.
 */
export async function startCommunityCatalog(options: {
  createdContentDirectory: string;
  /** The catalog's database; an in-memory SQLite database by default. */
  knex?: Knex;
}): Promise<TestBackend> {
  const userInfo = mockServices.userInfo.mock({
    async getUserInfo(credentials: BackstageCredentials) {
      const { userEntityRef } = credentials.principal as BackstageUserPrincipal;
      const groups = groupsByUser[userEntityRef] ?? [];
      return { userEntityRef, ownershipEntityRefs: [userEntityRef, ...groups] };
    },
  });
  const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
    userInfo,
  });
  // As the permission framework does: services are allowed, users asked of the policy.
  const decide = async (
    permission: Permission,
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> => {
    const { type } = credentials.principal as { type: string };
    if (type === 'service') return { result: AuthorizeResult.ALLOW };
    if (type !== 'user') return { result: AuthorizeResult.DENY };
    const user = credentials as BackstageCredentials<BackstageUserPrincipal>;
    return policy.handle(
      { permission },
      { credentials: user, info: await userInfo.getUserInfo(user) },
    );
  };
  const credentialsOf = (requestOptions: unknown) =>
    (requestOptions as { credentials: BackstageCredentials }).credentials;
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, requestOptions) =>
      Promise.all(
        requests.map(async ({ permission }) => {
          const decision = await decide(
            permission,
            credentialsOf(requestOptions),
          );
          if (decision.result === AuthorizeResult.CONDITIONAL) {
            throw new Error(
              `Unexpected conditional decision for ${permission.name}`,
            );
          }
          return decision;
        }),
      ),
    authorizeConditional: async (requests, requestOptions) =>
      Promise.all(
        requests.map(({ permission }) =>
          decide(permission, credentialsOf(requestOptions)),
        ),
      ) as any,
  });

  return startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleCommunity,
      templateKind,
      ...(options.knex
        ? [mockServices.database.factory({ knex: options.knex })]
        : []),
      permissions.factory,
      userInfo.factory,
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          catalog: {
            rules: [
              {
                allow: [
                  'Component',
                  'Group',
                  'User',
                  'Partner',
                  'Event',
                  'Location',
                  'Template',
                ],
              },
            ],
            locations: [
              {
                type: 'file',
                target: resolvePath(
                  __dirname,
                  '../__fixtures__/created-entities.yaml',
                ),
              },
            ],
            processingInterval: { seconds: 1 },
          },
          communityHub: {
            createdContent: { directory: options.createdContentDirectory },
          },
        },
      }),
    ],
  });
}

/** The Authorization header of a signed-in person. */
export function signedInAs(userRef: string): { Authorization: string } {
  return { Authorization: mockCredentials.user.header(userRef) };
}

/** Polls until the probe gives a value, for up to a minute. */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error('timed out waiting for the catalog');
    await new Promise(r => setTimeout(r, 200));
  }
}

/** An entity from the catalog as a person sees it, or undefined while it is not there. */
export async function catalogEntity(
  backend: TestBackend,
  ref: string,
  userRef = 'user:default/member',
): Promise<Entity | undefined> {
  const res = await request(backend.server)
    .get(`/api/catalog/entities/by-name/${ref}`)
    .set(signedInAs(userRef));
  return res.status === 200 ? res.body : undefined;
}
