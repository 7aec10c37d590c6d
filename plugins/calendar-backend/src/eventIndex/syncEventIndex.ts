import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventEntity, isEventEntity } from '@community-hub/catalog-common';
import { createHash } from 'node:crypto';
import { EventIndexStore, IndexChanges } from './EventIndexStore';

const PAGE_SIZE = 500;

/** A hash of what a calendar shows of an entity; a change raises the SEQUENCE. */
export function contentHash(entity: EventEntity): string {
  const { name, namespace, title, description, tags, links } = entity.metadata;
  return createHash('sha256')
    .update(
      JSON.stringify({
        name,
        namespace,
        title,
        description,
        tags,
        links,
        spec: entity.spec,
      }),
    )
    .digest('hex');
}

/** Reads every Event entity from the catalog and makes the index equal to them. */
export async function syncEventIndex(options: {
  catalog: CatalogService;
  auth: AuthService;
  store: EventIndexStore;
  logger: LoggerService;
  now?: Date;
}): Promise<IndexChanges> {
  const { catalog, auth, store, logger } = options;
  const credentials = await auth.getOwnServiceCredentials();
  const events: {
    entityRef: string;
    contentHash: string;
    entity: EventEntity;
  }[] = [];
  let cursor: string | undefined;
  do {
    const page = await catalog.queryEntities(
      cursor
        ? { cursor, limit: PAGE_SIZE }
        : { filter: { kind: 'Event' }, limit: PAGE_SIZE },
      { credentials },
    );
    for (const entity of page.items) {
      if (isEventEntity(entity)) {
        events.push({
          entityRef: stringifyEntityRef(entity),
          contentHash: contentHash(entity),
          entity,
        });
      }
    }
    cursor = page.pageInfo.nextCursor;
  } while (cursor);

  const changes = await store.replaceAll(events, options.now ?? new Date());
  if (changes.added + changes.changed + changes.removed > 0) {
    logger.info(
      `Calendar index: ${events.length} events (${changes.added} added, ${changes.changed} changed, ${changes.removed} removed)`,
    );
  }
  return changes;
}
