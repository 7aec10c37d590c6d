import { mockCredentials } from '@backstage/backend-test-utils';
import {
  BackstageCredentials,
  BackstageUserInfo,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import {
  catalogEntityCreatePermission,
  catalogEntityDeletePermission,
  catalogEntityReadPermission,
  catalogEntityRefreshPermission,
  catalogIngestionManagePermission,
  catalogLocationCreatePermission,
  catalogLocationDeletePermission,
  catalogLocationReadPermission,
} from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  createPermission,
  Permission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  actionExecutePermission,
  taskCancelPermission,
  taskCreatePermission,
  taskReadPermission,
  templateParameterReadPermission,
  templateStepReadPermission,
} from '@backstage/plugin-scaffolder-common/alpha';
import {
  calendarAttendeesReadPermission,
  calendarEventImportPermission,
  calendarFeedTokenManagePermission,
  calendarRegistrationCreatePermission,
} from '@community-hub/plugin-calendar-common';
import {
  communityCreatedEntityManagePermission,
  communityEventCreatePermission,
  communityLearningPathCreatePermission,
  communityPackageCreatePermission,
  communityPartnerCreatePermission,
} from '@community-hub/catalog-common';
import { CommunityPermissionPolicy } from './CommunityPermissionPolicy';

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': [
    'group:default/core-maintainers',
    'group:default/security-response',
  ],
  'user:default/member': ['group:default/support-team'],
  'user:default/organiser': ['group:default/event-organisers'],
  'user:default/educator': ['group:default/educators'],
  'user:default/loner': [],
};

function userInfoOf(userEntityRef: string): BackstageUserInfo {
  return {
    userEntityRef,
    ownershipEntityRefs: [
      userEntityRef,
      ...(groupsByUser[userEntityRef] ?? []),
    ],
  };
}

const userInfo = {
  getUserInfo: jest.fn(async (credentials: BackstageCredentials) => {
    const principal = credentials.principal as BackstageUserPrincipal;
    if (principal.type !== 'user') {
      throw new Error('not a user');
    }
    return userInfoOf(principal.userEntityRef);
  }),
};

function signedIn(userEntityRef: string): PolicyQueryUser {
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: userInfoOf(userEntityRef),
  };
}

const partnerUpdatePermission = createPermission({
  name: 'community.partner.update',
  attributes: { action: 'update' },
});
const partnerReadPermission = createPermission({
  name: 'community.partner.read',
  attributes: { action: 'read' },
});
const searchQueryPermission = createPermission({
  name: 'search.query',
  attributes: {},
});

const ALLOW = AuthorizeResult.ALLOW;
const DENY = AuthorizeResult.DENY;
const OWNED = 'owned entities only';

type Role =
  | 'manager'
  | 'maintainer'
  | 'member'
  | 'organiser'
  | 'educator'
  | 'loner';
const ORGANISED = 'organised events only';
const VISIBLE = 'visible templates only';
type Expected =
  | typeof ALLOW
  | typeof DENY
  | typeof OWNED
  | typeof ORGANISED
  | typeof VISIBLE;

const decisionTable: Array<[Permission, Record<Role, Expected>]> = [
  [
    catalogEntityReadPermission,
    {
      manager: ALLOW,
      maintainer: VISIBLE,
      member: VISIBLE,
      organiser: VISIBLE,
      educator: VISIBLE,
      loner: VISIBLE,
    },
  ],
  [
    catalogLocationReadPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    catalogEntityRefreshPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    catalogEntityCreatePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    catalogLocationCreatePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    catalogEntityDeletePermission,
    {
      manager: ALLOW,
      maintainer: OWNED,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    catalogLocationDeletePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    catalogIngestionManagePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    templateParameterReadPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    templateStepReadPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    actionExecutePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    taskCreatePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    taskReadPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    taskCancelPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    partnerReadPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    searchQueryPermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    communityPartnerCreatePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    communityPackageCreatePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    communityEventCreatePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: ALLOW,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    communityLearningPathCreatePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: ALLOW,
      loner: DENY,
    },
  ],
  [
    communityCreatedEntityManagePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    partnerUpdatePermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: DENY,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    calendarRegistrationCreatePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    calendarFeedTokenManagePermission,
    {
      manager: ALLOW,
      maintainer: ALLOW,
      member: ALLOW,
      organiser: ALLOW,
      educator: ALLOW,
      loner: ALLOW,
    },
  ],
  [
    calendarEventImportPermission,
    {
      manager: ALLOW,
      maintainer: DENY,
      member: DENY,
      organiser: ALLOW,
      educator: DENY,
      loner: DENY,
    },
  ],
  [
    calendarAttendeesReadPermission,
    {
      manager: ALLOW,
      maintainer: ORGANISED,
      member: ORGANISED,
      organiser: ORGANISED,
      educator: ORGANISED,
      loner: ORGANISED,
    },
  ],
];

function organisedEventsDecision(claims: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'calendar',
    resourceType: 'calendar-event',
    conditions: {
      rule: 'IS_EVENT_ORGANISER',
      resourceType: 'calendar-event',
      params: { claims },
    },
  };
}

const audiencesByRole: Record<Role, string[]> = {
  manager: [],
  maintainer: ['maintainers'],
  member: [],
  organiser: ['event-organisers'],
  educator: ['educators'],
  loner: [],
};

function ownedEntitiesDecision(claims: string[]): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      rule: 'IS_ENTITY_OWNER',
      resourceType: 'catalog-entity',
      params: { claims },
    },
  };
}

function visibleTemplatesDecision(audiences: string[]): PolicyDecision {
  const all = [
    'maintainers',
    'event-organisers',
    'community-managers',
    'educators',
  ];
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: {
      allOf: all
        .filter(value => !audiences.includes(value))
        .map(value => ({
          not: {
            rule: 'HAS_LABEL',
            resourceType: 'catalog-entity',
            params: { label: 'communityhub.dev/audience', value },
          },
        })) as any,
    },
  };
}

function expectedDecision(role: Role, expected: Expected): PolicyDecision {
  const claims = userInfoOf(`user:default/${role}`).ownershipEntityRefs;
  switch (expected) {
    case OWNED:
      return ownedEntitiesDecision(claims);
    case ORGANISED:
      return organisedEventsDecision(claims);
    case VISIBLE:
      return visibleTemplatesDecision(audiencesByRole[role]);
    default:
      return { result: expected };
  }
}

describe('CommunityPermissionPolicy', () => {
  const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
    userInfo,
  });

  beforeEach(() => {
    userInfo.getUserInfo.mockClear();
  });

  describe.each(
    decisionTable.map(([permission, expected]) => ({
      name: permission.name,
      permission,
      expected,
    })),
  )('$name', ({ permission, expected }) => {
    it.each(Object.entries(expected))('for a %s: %s', async (role, result) => {
      const userEntityRef = `user:default/${role}`;
      const decision = await policy.handle(
        { permission },
        signedIn(userEntityRef),
      );
      expect(decision).toEqual(expectedDecision(role as Role, result));
    });
  });

  it('lets a maintainer delete only the entities their user or groups own', async () => {
    const decision = await policy.handle(
      { permission: catalogEntityDeletePermission },
      signedIn('user:default/maintainer'),
    );
    expect(decision).toEqual(
      ownedEntitiesDecision([
        'user:default/maintainer',
        'group:default/core-maintainers',
        'group:default/security-response',
      ]),
    );
  });

  it('denies everything to a request without a signed-in user', async () => {
    for (const permission of [
      catalogEntityReadPermission,
      catalogEntityDeletePermission,
      taskCreatePermission,
    ]) {
      await expect(policy.handle({ permission })).resolves.toEqual({
        result: DENY,
      });
    }
    expect(userInfo.getUserInfo).not.toHaveBeenCalled();
  });

  it('decides reads without looking up the user', async () => {
    await policy.handle(
      { permission: catalogEntityReadPermission },
      signedIn('user:default/member'),
    );
    await policy.handle(
      { permission: taskCreatePermission },
      signedIn('user:default/member'),
    );
    expect(userInfo.getUserInfo).not.toHaveBeenCalled();
  });

  it('looks the user up through the user info service for restricted permissions', async () => {
    const user = signedIn('user:default/maintainer');
    await policy.handle({ permission: catalogEntityCreatePermission }, user);
    expect(userInfo.getUserInfo).toHaveBeenCalledTimes(1);
    expect(userInfo.getUserInfo).toHaveBeenCalledWith(user.credentials);
  });

  describe('with role groups from config', () => {
    const configured = CommunityPermissionPolicy.fromConfig(
      new ConfigReader({
        communityHub: {
          roles: {
            communityManagers: ['group:default/support-team'],
            maintainers: ['community-managers'],
          },
        },
      }),
      { userInfo },
    );

    it('grants the roles to the configured groups', async () => {
      await expect(
        configured.handle(
          { permission: catalogLocationDeletePermission },
          signedIn('user:default/member'),
        ),
      ).resolves.toEqual({ result: ALLOW });
      await expect(
        configured.handle(
          { permission: catalogLocationCreatePermission },
          signedIn('user:default/manager'),
        ),
      ).resolves.toEqual({ result: ALLOW });
      await expect(
        configured.handle(
          { permission: catalogEntityDeletePermission },
          signedIn('user:default/manager'),
        ),
      ).resolves.toEqual(
        ownedEntitiesDecision([
          'user:default/manager',
          'group:default/community-managers',
        ]),
      );
    });

    it('no longer grants the roles to the default groups', async () => {
      await expect(
        configured.handle(
          { permission: catalogLocationDeletePermission },
          signedIn('user:default/manager'),
        ),
      ).resolves.toEqual({ result: DENY });
      await expect(
        configured.handle(
          { permission: catalogEntityCreatePermission },
          signedIn('user:default/maintainer'),
        ),
      ).resolves.toEqual({ result: DENY });
    });
  });

  it('treats a user in no group as a member', async () => {
    const loner = signedIn('user:default/loner');
    await expect(
      policy.handle({ permission: catalogEntityReadPermission }, loner),
    ).resolves.toEqual(visibleTemplatesDecision([]));
    await expect(
      policy.handle({ permission: catalogEntityDeletePermission }, loner),
    ).resolves.toEqual({ result: DENY });
  });

  it('denies a user whose identity has no ownership refs at all', async () => {
    const nobody = {
      getUserInfo: async () => ({
        userEntityRef: 'user:default/nobody',
        ownershipEntityRefs: [],
      }),
    };
    const strict = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
      userInfo: nobody,
    });
    await expect(
      strict.handle(
        { permission: catalogEntityCreatePermission },
        signedIn('user:default/nobody'),
      ),
    ).resolves.toEqual({ result: DENY });
  });
});
