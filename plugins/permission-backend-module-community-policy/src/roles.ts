import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';

/**
 * A role in the community, granted through membership of catalog groups.
 *
 * @public
 */
export type CommunityRole =
  | 'communityManager'
  | 'maintainer'
  | 'eventOrganiser'
  | 'educator'
  | 'supportTeam';

/**
 * The catalog groups (entity refs) whose members hold each community role.
 *
 * @public
 */
export interface CommunityRoleGroups {
  communityManagers: string[];
  maintainers: string[];
  eventOrganisers: string[];
  educators: string[];
  supportTeam: string[];
}

/**
 * The role groups used when `communityHub.roles` does not configure them.
 *
 * @public
 */
export const defaultCommunityRoleGroups: Readonly<CommunityRoleGroups> =
  Object.freeze({
    communityManagers: ['group:default/community-managers'],
    maintainers: [
      'group:default/core-maintainers',
      'group:default/tooling-maintainers',
    ],
    eventOrganisers: ['group:default/event-organisers'],
    educators: ['group:default/educators'],
    supportTeam: ['group:default/support-team'],
  });

const ROLE_CONFIG_KEY = 'communityHub.roles';

const ROLE_BY_GROUPS_KEY: Readonly<
  Record<keyof CommunityRoleGroups, CommunityRole>
> = {
  communityManagers: 'communityManager',
  maintainers: 'maintainer',
  eventOrganisers: 'eventOrganiser',
  educators: 'educator',
  supportTeam: 'supportTeam',
};

/**
 * Reads the role groups from `communityHub.roles`; each role that is not
 * configured keeps its default groups.
 *
 * @public
 */
export function readCommunityRoleGroups(config: Config): CommunityRoleGroups {
  const roles = config.getOptionalConfig(ROLE_CONFIG_KEY);
  return {
    communityManagers: roles?.getOptionalStringArray('communityManagers') ?? [
      ...defaultCommunityRoleGroups.communityManagers,
    ],
    maintainers: roles?.getOptionalStringArray('maintainers') ?? [
      ...defaultCommunityRoleGroups.maintainers,
    ],
    eventOrganisers: roles?.getOptionalStringArray('eventOrganisers') ?? [
      ...defaultCommunityRoleGroups.eventOrganisers,
    ],
    educators: roles?.getOptionalStringArray('educators') ?? [
      ...defaultCommunityRoleGroups.educators,
    ],
    supportTeam: roles?.getOptionalStringArray('supportTeam') ?? [
      ...defaultCommunityRoleGroups.supportTeam,
    ],
  };
}

function normalizeGroupRef(ref: string, key: string): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(ref, {
        defaultKind: 'group',
        defaultNamespace: 'default',
      }),
    );
  } catch (error) {
    throw new Error(
      `Invalid entity ref '${ref}' in ${ROLE_CONFIG_KEY}.${key}: ${
        (error as Error).message
      }`,
    );
  }
}

/**
 * Resolves a user's community roles from the ownership entity refs of their
 * identity (their user ref and the groups they belong to). It only looks the
 * refs up in a map built once, so it is cheap enough for every request.
 *
 * @public
 */
export class CommunityRoleResolver {
  private readonly rolesByRef = new Map<string, CommunityRole[]>();

  static fromConfig(config: Config): CommunityRoleResolver {
    return new CommunityRoleResolver(readCommunityRoleGroups(config));
  }

  constructor(groups: CommunityRoleGroups) {
    for (const key of Object.keys(ROLE_BY_GROUPS_KEY) as Array<
      keyof CommunityRoleGroups
    >) {
      const role = ROLE_BY_GROUPS_KEY[key];
      for (const ref of groups[key]) {
        const normalized = normalizeGroupRef(ref, key);
        const roles = this.rolesByRef.get(normalized) ?? [];
        if (!roles.includes(role)) {
          roles.push(role);
        }
        this.rolesByRef.set(normalized, roles);
      }
    }
  }

  resolveRoles(ownershipEntityRefs: readonly string[]): Set<CommunityRole> {
    const roles = new Set<CommunityRole>();
    for (const ref of ownershipEntityRefs) {
      const granted =
        this.rolesByRef.get(ref) ?? this.rolesByRef.get(ref.toLowerCase());
      granted?.forEach(role => roles.add(role));
    }
    return roles;
  }
}
