import { Entity } from '@backstage/catalog-model';
import { mockServices } from '@backstage/backend-test-utils';
import type { MetricContext } from '@community-hub/plugin-community-health-node';

type Relation = { type: string; targetRef: string };

/** A package (Component) owned by a group. */
export function testPackage(
  name: string,
  options: {
    owner?: string;
    description?: string;
    lifecycle?: string;
    type?: string;
    techdocs?: boolean;
    relations?: Relation[];
  } = {},
): Entity {
  const owner = options.owner ?? 'group:default/core-maintainers';
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      ...(options.description === undefined
        ? { description: `The ${name} package.` }
        : { description: options.description }),
      annotations:
        options.techdocs === false
          ? {}
          : { 'backstage.io/techdocs-ref': 'dir:.' },
    },
    spec: {
      type: options.type ?? 'library',
      lifecycle: options.lifecycle ?? 'production',
      owner,
    },
    relations: [
      { type: 'ownedBy', targetRef: owner },
      ...(options.relations ?? []),
    ],
  };
}

/** A Partner sponsoring and maintaining packages. */
export function testPartner(
  name: string,
  options: { owner?: string; sponsors?: string[]; maintains?: string[] } = {},
): Entity {
  const owner = options.owner ?? 'group:default/partnerships';
  return {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Partner',
    metadata: {
      name,
      namespace: 'default',
      description: `${name}, a partner.`,
    },
    spec: {
      type: 'company',
      tier: 'gold',
      since: '2024-01-01',
      website: `https://${name}.example`,
      emailDomains: [`${name}.example`],
      owner,
      contacts: [],
      sponsors: options.sponsors ?? [],
      maintains: options.maintains ?? [],
    },
    relations: [{ type: 'ownedBy', targetRef: owner }],
  };
}

/** A group with members. */
export function testGroup(name: string, members: string[] = []): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
    relations: members.map(targetRef => ({ type: 'hasMember', targetRef })),
  };
}

/** A user, possibly marked inactive. */
export function testUser(
  name: string,
  groups: string[] = [],
  inactive = false,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: {
      name,
      namespace: 'default',
      ...(inactive
        ? { annotations: { 'communityhub.dev/inactive': 'true' } }
        : {}),
    },
    spec: { memberOf: groups },
    relations: groups.map(targetRef => ({ type: 'memberOf', targetRef })),
  };
}

/** A metric context over these entities. */
export function testContext(
  entities: Entity[],
  now = new Date('2026-11-24T03:00:00Z'),
): MetricContext {
  return {
    now,
    windowDays: 90,
    logger: mockServices.logger.mock(),
    entitiesByRef: new Map(
      entities.map(e => [
        `${e.kind}:${e.metadata.namespace ?? 'default'}/${
          e.metadata.name
        }`.toLocaleLowerCase('en-US'),
        e,
      ]),
    ),
  };
}
