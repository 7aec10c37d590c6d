import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { MetricValue } from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import {
  groupRefsOf,
  memberRefsOf,
  ownerRefOf,
} from '../../catalog/entityFacts';
import {
  catalogMetricDefinitions,
  INACTIVE_ANNOTATION,
} from './catalogMetricDefinitions';
import { PublishedSites } from './publishedSites';

const TECHDOCS_ANNOTATION = 'backstage.io/techdocs-ref';
const VERSION = '1';

const value = (
  metricId: string,
  v: number | null,
  note?: string,
): MetricValue =>
  note === undefined
    ? { metricId, version: VERSION, value: v }
    : { metricId, version: VERSION, value: v, note };

const isInactive = (user: Entity | undefined) =>
  user?.metadata.annotations?.[INACTIVE_ANNOTATION] === 'true';

// The members of every group in a run, from both sides of the membership:
// computed once per run context, reused by every batch.
const membersByContext = new WeakMap<MetricContext, Map<string, Set<string>>>();

function groupMembers(context: MetricContext): Map<string, Set<string>> {
  let members = membersByContext.get(context);
  if (members) return members;
  members = new Map();
  const add = (group: string, user: string) => {
    if (!members!.has(group)) members!.set(group, new Set());
    members!.get(group)!.add(user);
  };
  for (const [ref, entity] of context.entitiesByRef) {
    const kind = entity.kind.toLocaleLowerCase('en-US');
    if (kind === 'group') {
      for (const user of memberRefsOf(entity)) add(ref, user);
    } else if (kind === 'user') {
      for (const group of groupRefsOf(entity)) add(group, ref);
    }
  }
  membersByContext.set(context, members);
  return members;
}

function activeMaintainers(
  ownerRef: string | undefined,
  context: MetricContext,
): MetricValue {
  const id = 'catalog.active-maintainers';
  if (!ownerRef) return value(id, null, 'no owner');
  const owner = context.entitiesByRef.get(ownerRef);
  if (!owner) return value(id, null, `${ownerRef} is not in the catalog`);
  if (owner.kind.toLocaleLowerCase('en-US') === 'user') {
    return value(id, isInactive(owner) ? 0 : 1);
  }
  const members = [...(groupMembers(context).get(ownerRef) ?? [])];
  const active = members.filter(
    ref => !isInactive(context.entitiesByRef.get(ref)),
  );
  return value(id, active.length);
}

/**
 * The `catalog` metric provider: ownership, description, documentation,
 * lifecycle and active maintainers, read from the entities of the run
 * (`context.entitiesByRef` holds owners, groups and users) and, for built
 * documentation, from TechDocs storage.
 */
export function createCatalogProvider(options: {
  publishedSites: PublishedSites;
}): MetricProvider {
  const { publishedSites } = options;
  return {
    id: 'catalog',
    definitions: catalogMetricDefinitions,
    async compute(entities, context) {
      const published = publishedSites.readable
        ? await publishedSites.published(
            entities.filter(e => e.metadata.annotations?.[TECHDOCS_ANNOTATION]),
          )
        : undefined;
      const out = new Map<string, MetricValue[]>();
      for (const entity of entities) {
        const ownerRef = ownerRefOf(entity);
        const hasDocs = Boolean(
          entity.metadata.annotations?.[TECHDOCS_ANNOTATION],
        );
        const isComponent =
          entity.kind.toLocaleLowerCase('en-US') === 'component';
        let builds: MetricValue;
        if (!hasDocs) {
          builds = value('catalog.techdocs-builds', 0, 'no TechDocs site');
        } else if (!publishedSites.readable) {
          builds = value(
            'catalog.techdocs-builds',
            null,
            publishedSites.reason,
          );
        } else {
          builds = value(
            'catalog.techdocs-builds',
            published!.has(entity) ? 1 : 0,
          );
        }
        const ownerKnown =
          ownerRef !== undefined && context.entitiesByRef.has(ownerRef);
        out.set(stringifyEntityRef(entity), [
          ownerRef && !ownerKnown
            ? value('catalog.has-owner', 0, `${ownerRef} is not in the catalog`)
            : value('catalog.has-owner', ownerKnown ? 1 : 0),
          value(
            'catalog.has-description',
            entity.metadata.description?.trim() ? 1 : 0,
          ),
          value('catalog.has-techdocs', hasDocs ? 1 : 0),
          builds,
          isComponent
            ? value(
                'catalog.lifecycle-production',
                (entity.spec as { lifecycle?: unknown })?.lifecycle ===
                  'production'
                  ? 1
                  : 0,
              )
            : value(
                'catalog.lifecycle-production',
                null,
                'only Components have a lifecycle',
              ),
          activeMaintainers(ownerRef, context),
        ]);
      }
      return out;
    },
  };
}
