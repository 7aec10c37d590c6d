import { ConfigReader } from '@backstage/config';
import {
  CommunityRoleResolver,
  defaultCommunityRoleGroups,
  readCommunityRoleGroups,
} from './roles';

describe('readCommunityRoleGroups', () => {
  it('uses the default groups when no roles are configured', () => {
    expect(readCommunityRoleGroups(new ConfigReader({}))).toEqual({
      communityManagers: ['group:default/community-managers'],
      maintainers: [
        'group:default/core-maintainers',
        'group:default/tooling-maintainers',
      ],
      eventOrganisers: ['group:default/event-organisers'],
      educators: ['group:default/educators'],
      supportTeam: ['group:default/support-team'],
    });
  });

  it('reads the educators role', () => {
    const config = new ConfigReader({
      communityHub: { roles: { educators: ['group:default/docs-team'] } },
    });
    expect(readCommunityRoleGroups(config).educators).toEqual([
      'group:default/docs-team',
    ]);
  });

  it('reads configured groups and keeps the default of roles left out', () => {
    const config = new ConfigReader({
      communityHub: { roles: { maintainers: ['group:default/reviewers'] } },
    });
    expect(readCommunityRoleGroups(config)).toEqual({
      communityManagers: defaultCommunityRoleGroups.communityManagers,
      maintainers: ['group:default/reviewers'],
      eventOrganisers: defaultCommunityRoleGroups.eventOrganisers,
      educators: defaultCommunityRoleGroups.educators,
      supportTeam: defaultCommunityRoleGroups.supportTeam,
    });
  });

  it('accepts an empty list to leave a role without groups', () => {
    const config = new ConfigReader({
      communityHub: { roles: { communityManagers: [] } },
    });
    expect(readCommunityRoleGroups(config).communityManagers).toEqual([]);
  });

  it('rejects a role that is not a list of strings', () => {
    const config = new ConfigReader({
      communityHub: { roles: { maintainers: 'group:default/reviewers' } },
    });
    expect(() => readCommunityRoleGroups(config)).toThrow(
      /communityHub\.roles\.maintainers/,
    );
  });
});

describe('CommunityRoleResolver', () => {
  const resolver = new CommunityRoleResolver(defaultCommunityRoleGroups);

  it('resolves the roles of the groups in the ownership refs', () => {
    expect(
      resolver.resolveRoles([
        'user:default/ada',
        'group:default/tooling-maintainers',
      ]),
    ).toEqual(new Set(['maintainer']));
    expect(
      resolver.resolveRoles([
        'user:default/grace',
        'group:default/core-maintainers',
        'group:default/community-managers',
      ]),
    ).toEqual(new Set(['maintainer', 'communityManager']));
    expect(
      resolver.resolveRoles([
        'user:default/ines',
        'group:default/educators',
        'group:default/event-organisers',
      ]),
    ).toEqual(new Set(['educator', 'eventOrganiser']));
  });

  it('gives no role to a user in no group or in other groups', () => {
    expect(resolver.resolveRoles(['user:default/ada'])).toEqual(new Set());
    expect(resolver.resolveRoles([])).toEqual(new Set());
    expect(
      resolver.resolveRoles(['user:default/ada', 'group:default/partnerships']),
    ).toEqual(new Set());
  });

  it('gives the support team role to the support team', () => {
    expect(resolver.resolveRoles(['group:default/support-team'])).toEqual(
      new Set(['supportTeam']),
    );
  });

  it('does not treat a same-named group of another namespace or kind as the role group', () => {
    expect(
      resolver.resolveRoles([
        'group:partners/community-managers',
        'user:default/community-managers',
      ]),
    ).toEqual(new Set());
  });

  it('matches refs case-insensitively', () => {
    expect(resolver.resolveRoles(['Group:Default/Community-Managers'])).toEqual(
      new Set(['communityManager']),
    );
  });

  it('completes short refs in the configuration to default groups', () => {
    const custom = new CommunityRoleResolver({
      communityManagers: ['Steering-Committee'],
      maintainers: ['partners/integrators', 'user:default/ada'],
      eventOrganisers: ['meetup-hosts'],
      educators: ['docs-team'],
      supportTeam: ['helpers'],
    });
    expect(custom.resolveRoles(['group:default/steering-committee'])).toEqual(
      new Set(['communityManager']),
    );
    expect(custom.resolveRoles(['group:partners/integrators'])).toEqual(
      new Set(['maintainer']),
    );
    expect(custom.resolveRoles(['user:default/ada'])).toEqual(
      new Set(['maintainer']),
    );
    expect(custom.resolveRoles(['group:default/meetup-hosts'])).toEqual(
      new Set(['eventOrganiser']),
    );
    expect(custom.resolveRoles(['group:default/docs-team'])).toEqual(
      new Set(['educator']),
    );
  });

  it('fails on an invalid ref in the configuration', () => {
    const config = new ConfigReader({
      communityHub: { roles: { communityManagers: ['group:default/'] } },
    });
    expect(() => CommunityRoleResolver.fromConfig(config)).toThrow(
      /Invalid entity ref 'group:default\/' in communityHub\.roles\.communityManagers/,
    );
  });
});
