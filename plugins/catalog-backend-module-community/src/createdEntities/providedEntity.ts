import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { DeferredEntity } from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_CREATED_AT,
  ANNOTATION_CREATED_BY,
} from '@community-hub/catalog-common';
import { join } from 'node:path';
import { CreatedEntityRecord } from './CreatedEntityStore';

/**
 * The name of the entity provider that serves the entities the portal keeps,
 * which is also their location key and the type of the location of those
 * without files.
 *
 * @public
 */
export const CREATED_ENTITIES_PROVIDER = 'community-created-entities';

/**
 * The location of a kept entity: the `catalog-info.yaml` in its source
 * directory, so that `backstage.io/techdocs-ref: dir:.` finds its docs, or
 * else the provider itself.
 */
export function locationOf(record: CreatedEntityRecord): string {
  return record.sourceDirectory
    ? `file:${join(record.sourceDirectory, 'catalog-info.yaml')}`
    : `${CREATED_ENTITIES_PROVIDER}:${stringifyEntityRef(record.entity)}`;
}

/** A kept entity as the provider hands it to the catalog, with its annotations. */
export function providedEntity(record: CreatedEntityRecord): DeferredEntity {
  const location = locationOf(record);
  const { entity } = record;
  return {
    locationKey: CREATED_ENTITIES_PROVIDER,
    entity: {
      ...entity,
      metadata: {
        ...entity.metadata,
        annotations: {
          ...entity.metadata.annotations,
          [ANNOTATION_LOCATION]: location,
          [ANNOTATION_ORIGIN_LOCATION]: location,
          [ANNOTATION_CREATED_BY]: record.createdBy,
          [ANNOTATION_CREATED_AT]: record.createdAt,
        },
      },
    },
  };
}
