import { AuthService } from '@backstage/backend-plugin-api';
import {
  Entity,
  parseEntityRef,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ResponseGuideline,
  SupportQueue,
} from '@community-hub/plugin-support-common';

/** Components of these `spec.type`s are packages that get a queue of their own. */
export const PACKAGE_COMPONENT_TYPES = ['library', 'framework', 'tool'];

const PAGE_SIZE = 500;
const FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'metadata.description',
  'spec.type',
  'spec.owner',
];

/** Every package Component (library, framework or tool) in the catalog, read page by page. */
export async function readPackageEntities(options: {
  catalog: CatalogService;
  auth: AuthService;
}): Promise<Entity[]> {
  const credentials = await options.auth.getOwnServiceCredentials();
  const entities: Entity[] = [];
  let cursor: string | undefined;
  do {
    const page = await options.catalog.queryEntities(
      cursor
        ? { cursor, limit: PAGE_SIZE }
        : {
            filter: { kind: 'Component', 'spec.type': PACKAGE_COMPONENT_TYPES },
            fields: FIELDS,
            limit: PAGE_SIZE,
          },
      { credentials },
    );
    entities.push(...page.items);
    cursor = page.pageInfo.nextCursor;
  } while (cursor);
  return entities;
}

function ownerRef(entity: Entity): string | undefined {
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) {
    return undefined;
  }
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return undefined;
  }
}

/**
 * One queue per package entity that no defined queue links to: the id is the
 * entity's name, the team its owner, the guideline the default one. A
 * package whose name is already a queue id, or without a valid owner, is
 * skipped and reported in `skipped`.
 */
export function derivePackageQueues(
  entities: Entity[],
  defined: SupportQueue[],
  guideline: ResponseGuideline,
): { queues: SupportQueue[]; skipped: string[] } {
  const linked = new Set(
    defined.flatMap(q =>
      q.entityRef ? [q.entityRef.toLocaleLowerCase()] : [],
    ),
  );
  const taken = new Set(defined.map(q => q.id));
  const queues: SupportQueue[] = [];
  const skipped: string[] = [];
  const sorted = [...entities].sort((a, b) =>
    a.metadata.name.localeCompare(b.metadata.name),
  );
  for (const entity of sorted) {
    const ref = stringifyEntityRef(entity);
    if (linked.has(ref.toLocaleLowerCase())) {
      continue;
    }
    const team = ownerRef(entity);
    const id = entity.metadata.name;
    if (!team) {
      skipped.push(`${ref} has no valid spec.owner`);
      continue;
    }
    if (taken.has(id)) {
      skipped.push(`${ref}: a queue named '${id}' exists for something else`);
      continue;
    }
    taken.add(id);
    queues.push({
      id,
      title: entity.metadata.title ?? id,
      description:
        entity.metadata.description ?? `Questions about the ${id} package`,
      team,
      entityRef: ref,
      visibility: 'public',
      guideline,
    });
  }
  return { queues, skipped };
}
