import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { PACKAGE_COMPONENT_TYPES } from '@community-hub/catalog-common';
import { completeRef } from './entityFacts';

/** The entity fields community health reads; the rest is not fetched. */
export const ENTITY_FIELDS = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'metadata.annotations',
  'spec',
  'relations',
];

/** Entities per catalog page when the whole scored set is read. */
const PAGE_SIZE = 1000;

/**
 * How long the partners' email domains are reused by one-entity
 * computations as they are; older ones are used once more while they are
 * read again.
 */
export const PARTNER_DOMAINS_TTL_MS = 5 * 60_000;

/**
 * What community health reads from the catalog, with its own service
 * credentials: the scored entities (packages, partners, groups) and the
 * users of their teams, in pages; single entities; speakers of events.
 */
export class CatalogReader {
  private partners?: { loadedAt: number; entities: Promise<Entity[]> };

  constructor(
    private readonly catalog: CatalogService,
    private readonly auth: AuthService,
  ) {}

  private async credentials() {
    return { credentials: await this.auth.getOwnServiceCredentials() };
  }

  /** Every package, partner, group and user, page by page. */
  async loadRunEntities(): Promise<Entity[]> {
    const options = await this.credentials();
    const entities: Entity[] = [];
    let response = await this.catalog.queryEntities(
      {
        filter: [
          { kind: 'component', 'spec.type': [...PACKAGE_COMPONENT_TYPES] },
          { kind: 'partner' },
          { kind: 'group' },
          { kind: 'user' },
        ],
        fields: ENTITY_FIELDS,
        limit: PAGE_SIZE,
      },
      options,
    );
    entities.push(...response.items);
    while (response.pageInfo.nextCursor) {
      response = await this.catalog.queryEntities(
        {
          cursor: response.pageInfo.nextCursor,
          fields: ENTITY_FIELDS,
          limit: PAGE_SIZE,
        },
        options,
      );
      entities.push(...response.items);
    }
    return entities;
  }

  async getEntity(entityRef: string): Promise<Entity | undefined> {
    return this.catalog.getEntityByRef(entityRef, await this.credentials());
  }

  /** The entities of the refs that exist (one request). */
  async getEntities(entityRefs: string[]): Promise<Entity[]> {
    if (entityRefs.length === 0) return [];
    const { items } = await this.catalog.getEntitiesByRefs(
      { entityRefs, fields: ENTITY_FIELDS },
      await this.credentials(),
    );
    return items.filter((e): e is Entity => Boolean(e));
  }

  /** The users whose `memberOf` names the group (one request). */
  async usersInGroup(groupRef: string): Promise<Entity[]> {
    const { items } = await this.catalog.queryEntities(
      {
        filter: { kind: 'user', 'relations.memberOf': groupRef },
        fields: ENTITY_FIELDS,
      },
      await this.credentials(),
    );
    return items;
  }

  /**
   * Every Partner with just what maps people to it (its email domains), for
   * a one-entity computation: contributors are counted by organization.
   * Reused for {@link PARTNER_DOMAINS_TTL_MS}.
   */
  async partnerDomains(): Promise<Entity[]> {
    const current = this.partners;
    if (!current || Date.now() - current.loadedAt > PARTNER_DOMAINS_TTL_MS) {
      const entry = { loadedAt: Date.now(), entities: this.readPartners() };
      this.partners = entry;
      entry.entities.catch(() => {
        if (this.partners === entry) this.partners = undefined;
      });
    }
    return (current ?? this.partners!).entities;
  }

  private async readPartners(): Promise<Entity[]> {
    const { items } = await this.catalog.queryEntities(
      {
        filter: { kind: 'partner' },
        fields: [
          'apiVersion',
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
          'spec.emailDomains',
        ],
      },
      await this.credentials(),
    );
    return items;
  }

  /** `spec.speakers` of Event entities, lower-cased, by lower-cased event ref (one request). */
  async eventSpeakers(eventRefs: string[]): Promise<Map<string, string[]>> {
    const speakers = new Map<string, string[]>();
    if (eventRefs.length === 0) return speakers;
    const { items } = await this.catalog.getEntitiesByRefs(
      {
        entityRefs: eventRefs,
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'spec.speakers',
        ],
      },
      await this.credentials(),
    );
    items.forEach((entity, index) => {
      const list = (entity?.spec as { speakers?: unknown } | undefined)
        ?.speakers;
      speakers.set(
        eventRefs[index].toLocaleLowerCase('en-US'),
        Array.isArray(list)
          ? list
              .filter((s): s is string => typeof s === 'string')
              .flatMap(
                s =>
                  completeRef(s, {
                    defaultKind: 'user',
                    defaultNamespace: entity?.metadata.namespace ?? 'default',
                  }) ?? [],
              )
          : [],
      );
    });
    return speakers;
  }
}
