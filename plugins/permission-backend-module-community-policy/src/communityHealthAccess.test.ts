import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  communityHealthExemptionManagePermission,
  communityHealthReadPermission,
  communityHealthRecomputePermission,
  communityHealthRunPermission,
} from '@community-hub/plugin-community-health-common';
import { CommunityPermissionPolicy } from './CommunityPermissionPolicy';

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': ['group:default/core-maintainers'],
  'user:default/member': [],
};

const ownershipOf = (userEntityRef: string) => [
  userEntityRef,
  ...groupsByUser[userEntityRef],
];

function signedIn(name: string): PolicyQueryUser {
  const userEntityRef = `user:default/${name}`;
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: { userEntityRef, ownershipEntityRefs: ownershipOf(userEntityRef) },
  };
}

const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
  userInfo: {
    getUserInfo: async (credentials: any) => ({
      userEntityRef: credentials.principal.userEntityRef,
      ownershipEntityRefs: ownershipOf(credentials.principal.userEntityRef),
    }),
  },
});

const ownedByMe = (name: string) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'catalog',
  resourceType: 'catalog-entity',
  conditions: {
    rule: 'IS_ENTITY_OWNER',
    resourceType: 'catalog-entity',
    params: { claims: ownershipOf(`user:default/${name}`) },
  },
});

describe('community health permissions in the community policy', () => {
  it('lets every signed-in user read scores', async () => {
    await expect(
      policy.handle(
        { permission: communityHealthReadPermission },
        signedIn('member'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });

  it('lets the owners of an entity exempt it from checks and recompute it', async () => {
    for (const permission of [
      communityHealthExemptionManagePermission,
      communityHealthRecomputePermission,
    ]) {
      for (const name of ['maintainer', 'member']) {
        await expect(
          policy.handle({ permission }, signedIn(name)),
        ).resolves.toEqual(ownedByMe(name));
      }
      await expect(
        policy.handle({ permission }, signedIn('manager')),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets only community managers start a full computation', async () => {
    const permission = communityHealthRunPermission;
    await expect(
      policy.handle({ permission }, signedIn('maintainer')),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
    await expect(
      policy.handle({ permission }, signedIn('manager')),
    ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
  });
});
