import {
  BackstageCredentials,
  BackstageUserPrincipal,
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestBackend,
} from '@backstage/backend-test-utils';
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
import { calendarPlugin } from '../plugin';

/** A running calendar backend for route tests. */
export interface CalendarTestBackend {
  backend: TestBackend;
  server: TestBackend['server'];
  /** Runs the index sync task: the index becomes what `entities()` returns now. */
  syncIndex(): Promise<void>;
}

/**
 * Starts the calendar plugin with the community's real permission policy
 * (asked in-process), a catalog serving `entities()`, and no credentials
 * unless a request brings them. The index is synced once before returning.
 */
export async function startCalendarBackend(options: {
  entities: () => Entity[];
  publicFeed?: boolean;
  groupsByUser?: Record<string, string[]>;
  /** Receives the notifications the plugin sends; they are dropped by default. */
  notifications?: NotificationService;
}): Promise<CalendarTestBackend> {
  const userInfo = mockServices.userInfo.mock({
    async getUserInfo(credentials: BackstageCredentials) {
      const { userEntityRef } = credentials.principal as BackstageUserPrincipal;
      const groups = options.groupsByUser?.[userEntityRef] ?? [];
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
    if ((credentials.principal as { type: string }).type !== 'user') {
      return { result: AuthorizeResult.DENY };
    }
    const user = credentials as BackstageCredentials<BackstageUserPrincipal>;
    return policy.handle(
      { permission },
      { credentials: user, info: await userInfo.getUserInfo(user) },
    );
  };
  const permissions = mockServices.permissions.mock({
    authorize: async (requests, requestOptions) =>
      Promise.all(
        requests.map(async ({ permission }) => {
          const decision = await decide(
            permission,
            (requestOptions as { credentials: BackstageCredentials })
              .credentials,
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
          decide(
            permission,
            (requestOptions as { credentials: BackstageCredentials })
              .credentials,
          ),
        ),
      ) as any,
  });

  const catalog = catalogServiceMock.mock({
    async queryEntities() {
      const items = options.entities();
      return { items, totalItems: items.length, pageInfo: {} };
    },
  });
  const scheduler = mockServices.scheduler();

  const backend = await startTestBackend({
    features: [
      calendarPlugin,
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
        factory: () => options.notifications ?? { send: async () => {} },
      }),
      mockServices.httpAuth.factory({
        defaultCredentials: mockCredentials.none(),
      }),
      mockServices.rootConfig.factory({
        data: {
          calendar: { publicFeed: { enabled: options.publicFeed ?? false } },
        },
      }),
    ],
  });
  const syncIndex = () => scheduler.triggerTask('calendar-index-sync');
  await syncIndex();
  return { backend, server: backend.server, syncIndex };
}

/** The Authorization header of a signed-in person. */
export function signedInAs(userRef: string): { Authorization: string } {
  return { Authorization: mockCredentials.user.header(userRef) };
}
