import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { mockCredentials } from '@backstage/backend-test-utils';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import { CommunityPermissionPolicy } from './CommunityPermissionPolicy';
import { templateAudiencesOf } from './templateVisibility';

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/maintainer': ['group:default/core-maintainers'],
  'user:default/organiser': ['group:default/event-organisers'],
  'user:default/educator': ['group:default/educators'],
  'user:default/organising-educator': [
    'group:default/educators',
    'group:default/event-organisers',
  ],
  'user:default/member': ['group:default/support-team'],
};

const userInfo = {
  getUserInfo: jest.fn(async () => {
    throw new Error('reads must not look the user up');
  }),
};

const policy = CommunityPermissionPolicy.fromConfig(new ConfigReader({}), {
  userInfo,
});

const rules = Object.values(permissionRules);
const isAllowed = createConditionAuthorizer<Entity>({
  getRuleByName: name => {
    const rule = rules.find(r => r.name === name);
    if (!rule) throw new Error(`no rule ${name}`);
    return rule as any;
  },
});

function template(name: string, audience?: string): Entity {
  return {
    apiVersion: 'scaffolder.backstage.io/v1beta3',
    kind: 'Template',
    metadata: {
      name,
      ...(audience && { labels: { 'communityhub.dev/audience': audience } }),
    },
    spec: {},
  };
}

const entities: Entity[] = [
  template('new-package', 'maintainers'),
  template('new-event', 'event-organisers'),
  template('new-partner', 'community-managers'),
  template('new-learning-path', 'educators'),
  template('report-a-bug'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'kestrel-flow',
      labels: { 'kestrel-project.org/tier': 'core' },
    },
  },
];

async function visibleTo(user: string): Promise<string[]> {
  const decision = await policy.handle(
    { permission: catalogEntityReadPermission },
    {
      credentials: mockCredentials.user(user),
      info: {
        userEntityRef: user,
        ownershipEntityRefs: [user, ...(groupsByUser[user] ?? [])],
      },
    },
  );
  return entities.filter(e => isAllowed(decision, e)).map(e => e.metadata.name);
}

describe('template visibility', () => {
  it.each([
    ['member', ['report-a-bug', 'kestrel-flow']],
    ['maintainer', ['new-package', 'report-a-bug', 'kestrel-flow']],
    ['organiser', ['new-event', 'report-a-bug', 'kestrel-flow']],
    ['educator', ['new-learning-path', 'report-a-bug', 'kestrel-flow']],
    [
      'organising-educator',
      ['new-event', 'new-learning-path', 'report-a-bug', 'kestrel-flow'],
    ],
    ['manager', entities.map(e => e.metadata.name)],
  ])(
    'shows a %s the templates of their audiences and everything else',
    async (role, names) => {
      await expect(visibleTo(`user:default/${role}`)).resolves.toEqual(names);
    },
  );

  it('decides without looking the user up', async () => {
    await visibleTo('user:default/maintainer');
    expect(userInfo.getUserInfo).not.toHaveBeenCalled();
  });

  it('matches the audience label whatever its case', async () => {
    const shouting = template('new-package-loud', 'Maintainers');
    const decision = await policy.handle(
      { permission: catalogEntityReadPermission },
      {
        credentials: mockCredentials.user('user:default/maintainer'),
        info: {
          userEntityRef: 'user:default/maintainer',
          ownershipEntityRefs: ['group:default/core-maintainers'],
        },
      },
    );
    expect(isAllowed(decision, shouting)).toBe(true);
  });
});

describe('templateAudiencesOf', () => {
  it('names the audience of each role in a stable order', () => {
    expect(templateAudiencesOf(new Set(['educator', 'maintainer']))).toEqual([
      'maintainers',
      'educators',
    ]);
    expect(templateAudiencesOf(new Set())).toEqual([]);
  });

  it('shows every template to everyone when configured so, with no condition on reads', async () => {
    const everyone = CommunityPermissionPolicy.fromConfig(
      new ConfigReader({
        communityHub: { templates: { visibility: 'everyone' } },
      }),
      { userInfo },
    );
    const decision = await everyone.handle(
      { permission: catalogEntityReadPermission },
      {
        credentials: mockCredentials.user('user:default/member'),
        info: {
          userEntityRef: 'user:default/member',
          ownershipEntityRefs: ['user:default/member'],
        },
      },
    );
    expect(decision).toEqual({ result: 'ALLOW' });
  });
});
