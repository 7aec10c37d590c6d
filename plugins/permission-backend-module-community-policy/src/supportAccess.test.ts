import { mockCredentials } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { PolicyQueryUser } from '@backstage/plugin-permission-node';
import {
  supportAnswerCreatePermission,
  supportMetricsReadPermission,
  supportQuestionCreatePermission,
  supportQuestionModeratePermission,
  supportQuestionReadPermission,
  supportQuestionUpdatePermission,
  supportQueueManagePermission,
} from '@community-hub/plugin-support-common';
import { CommunityPermissionPolicy } from './CommunityPermissionPolicy';

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': ['group:default/core-maintainers'],
  'user:default/triager': ['group:default/support-team'],
  'user:default/member': [],
};

function signedIn(name: string): PolicyQueryUser {
  const userEntityRef = `user:default/${name}`;
  return {
    credentials: mockCredentials.user(userEntityRef),
    info: {
      userEntityRef,
      ownershipEntityRefs: [userEntityRef, ...groupsByUser[userEntityRef]],
    },
  };
}

const userInfo = {
  getUserInfo: jest.fn(async (credentials: any) => {
    const userEntityRef = credentials.principal.userEntityRef as string;
    return {
      userEntityRef,
      ownershipEntityRefs: [userEntityRef, ...groupsByUser[userEntityRef]],
    };
  }),
};

const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
  userInfo,
});

const isPublic = {
  resourceType: 'support-ticket',
  rule: 'IS_PUBLIC',
  params: {},
};
const isAuthor = (name: string) => ({
  resourceType: 'support-ticket',
  rule: 'IS_AUTHOR',
  params: { userRef: `user:default/${name}` },
});
const inTeam = (name: string) => ({
  resourceType: 'support-ticket',
  rule: 'IS_IN_QUEUE_TEAM',
  params: {
    claims: [`user:default/${name}`, ...groupsByUser[`user:default/${name}`]],
  },
});
const conditional = (conditions: unknown) => ({
  result: AuthorizeResult.CONDITIONAL,
  pluginId: 'support',
  resourceType: 'support-ticket',
  conditions,
});

describe('support permissions in the community policy', () => {
  beforeEach(() => userInfo.getUserInfo.mockClear());

  it('lets everyone read and answer public questions, and private ones only their author and queue team', async () => {
    for (const permission of [
      supportQuestionReadPermission,
      supportAnswerCreatePermission,
    ]) {
      for (const name of ['member', 'maintainer', 'triager']) {
        await expect(
          policy.handle({ permission }, signedIn(name)),
        ).resolves.toEqual(
          conditional({ anyOf: [isPublic, isAuthor(name), inTeam(name)] }),
        );
      }
    }
    // Decided from the identity that comes with the request.
    expect(userInfo.getUserInfo).not.toHaveBeenCalled();
  });

  it('lets authors and queue teams edit, and the support team also public questions', async () => {
    const permission = supportQuestionUpdatePermission;
    await expect(
      policy.handle({ permission }, signedIn('member')),
    ).resolves.toEqual(
      conditional({ anyOf: [isAuthor('member'), inTeam('member')] }),
    );
    await expect(
      policy.handle({ permission }, signedIn('triager')),
    ).resolves.toEqual(
      conditional({
        anyOf: [isAuthor('triager'), inTeam('triager'), isPublic],
      }),
    );
  });

  it('lets only queue teams moderate, and the support team also public questions', async () => {
    const permission = supportQuestionModeratePermission;
    await expect(
      policy.handle({ permission }, signedIn('maintainer')),
    ).resolves.toEqual(conditional(inTeam('maintainer')));
    await expect(
      policy.handle({ permission }, signedIn('triager')),
    ).resolves.toEqual(conditional({ anyOf: [inTeam('triager'), isPublic] }));
  });

  it('allows community managers everything', async () => {
    for (const permission of [
      supportQuestionReadPermission,
      supportAnswerCreatePermission,
      supportQuestionUpdatePermission,
      supportQuestionModeratePermission,
      supportQueueManagePermission,
    ]) {
      await expect(
        policy.handle({ permission }, signedIn('manager')),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    }
  });

  it('lets every signed-in user ask and read metrics, and only managers manage queues', async () => {
    for (const permission of [
      supportQuestionCreatePermission,
      supportMetricsReadPermission,
    ]) {
      await expect(
        policy.handle({ permission }, signedIn('member')),
      ).resolves.toEqual({ result: AuthorizeResult.ALLOW });
    }
    await expect(
      policy.handle(
        { permission: supportQueueManagePermission },
        signedIn('triager'),
      ),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });

  it('denies support to requests without a signed-in user', async () => {
    await expect(
      policy.handle({ permission: supportQuestionReadPermission }),
    ).resolves.toEqual({ result: AuthorizeResult.DENY });
  });
});
