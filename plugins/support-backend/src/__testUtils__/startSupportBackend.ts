import {
  BackstageCredentials,
  BackstageUserPrincipal,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
import { MockActionsRegistry } from '@backstage/backend-test-utils/alpha';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  notificationService,
  NotificationService,
} from '@backstage/plugin-notifications-node';
import {
  AuthorizeResult,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { CommunityPermissionPolicy } from '@community-hub/plugin-permission-backend-module-community-policy';
import path from 'node:path';
import { supportPlugin } from '../plugin';

/** The test content directory: three queues, one of them private. */
export const TEST_CONTENT_DIRECTORY = path.resolve(__dirname, 'content');

/** The people of the route tests and their groups. */
export const testGroupsByUser: Record<string, string[]> = {
  'user:default/ada': [],
  'user:default/bob': [],
  'user:default/mei': ['group:default/core-maintainers'],
  'user:default/triager': ['group:default/support-team'],
  'user:default/sec': ['group:default/security-response'],
  'user:default/manager': ['group:default/community-managers'],
  'user:default/kestrel-bot': [],
};

/** A notification the plugin sent. */
export type SentNotification = Parameters<NotificationService['send']>[0];

/** A running support backend for route tests. */
export interface SupportTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** Every notification sent so far. */
  sent: SentNotification[];
  actions: MockActionsRegistry;
  scheduler: ReturnType<typeof mockServices.scheduler>;
}

/**
 * Starts the support plugin on an in-memory database with the community's
 * real permission policy (asked in-process, as the permission backend
 * refuses conditional queries of test credentials), the test queues, and no
 * credentials unless a request brings them. Services are allowed, as the
 * permission framework allows them.
 */
export async function startSupportBackend(
  options: {
    groupsByUser?: Record<string, string[]>;
    catalogEntities?: Entity[];
    config?: Record<string, unknown>;
  } = {},
): Promise<SupportTestBackend> {
  const groupsByUser = options.groupsByUser ?? testGroupsByUser;
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
  const decide = async (
    permission: Permission,
    credentials: BackstageCredentials,
  ): Promise<PolicyDecision> => {
    const type = (credentials.principal as { type: string }).type;
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

  const catalog = catalogServiceMock.mock({
    async queryEntities() {
      const items = options.catalogEntities ?? [];
      return { items, totalItems: items.length, pageInfo: {} };
    },
  });
  const scheduler = mockServices.scheduler();
  const actions = MockActionsRegistry.create({
    logger: mockServices.logger.mock(),
  });
  const sent: SentNotification[] = [];

  const backend = await startTestBackend({
    features: [
      supportPlugin,
      permissions.factory,
      userInfo.factory,
      catalog.factory,
      createServiceFactory({
        service: coreServices.scheduler,
        deps: {},
        factory: () => scheduler,
      }),
      createServiceFactory({
        service: notificationService,
        deps: {},
        factory: () => ({ send: async message => void sent.push(message) }),
      }),
      createServiceFactory({
        service: actionsRegistryServiceRef,
        deps: {},
        factory: () => actions,
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          support: {
            content: TEST_CONTENT_DIRECTORY,
            bots: ['user:default/kestrel-bot'],
            maxBodyLength: 2000,
            ...options.config,
          },
        },
      }),
    ],
  });
  return { backend, server: backend.server, sent, actions, scheduler };
}

/** The Authorization header of a signed-in person, by short name (`ada`). */
export function as(name: string): { Authorization: string } {
  return { Authorization: mockCredentials.user.header(`user:default/${name}`) };
}

/** The Authorization header of a backend service (the search collator). */
export function asService(): { Authorization: string } {
  return { Authorization: mockCredentials.service.header() };
}
