import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  ANNOTATION_CREATED_AT,
  ANNOTATION_CREATED_BY,
  toEntityFieldError,
  validateCreatedEntity,
} from '@community-hub/catalog-common';
import { validateEventWithRule } from '../processors/validateEventWithRule';

// Set by the entity provider from what the portal records.
const PROVIDED_ANNOTATIONS = new Set([
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  ANNOTATION_CREATED_BY,
  ANNOTATION_CREATED_AT,
]);

/** The entity as the portal keeps it: no fields the catalog or the provider set. */
function keptEntity(entity: Entity): Entity {
  const { uid, etag, generation, annotations, ...metadata } =
    entity.metadata as Entity['metadata'] & { generation?: unknown };
  const ownAnnotations = Object.entries(annotations ?? {}).filter(
    ([key]) => !PROVIDED_ANNOTATIONS.has(key),
  );
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: {
      ...metadata,
      ...(ownAnnotations.length > 0 && {
        annotations: Object.fromEntries(ownAnnotations),
      }),
    },
    ...(entity.spec && { spec: entity.spec }),
  };
}

/**
 * Checks an entity sent to the created-entities API (see
 * `validateCreatedEntity` of catalog-common, plus the syntax of an Event's
 * recurrence rule) and returns it as the portal keeps it.
 *
 * @throws InputError whose message starts with the field, e.g. `spec.end: ...`.
 */
export async function validateEntityInput(input: unknown): Promise<Entity> {
  try {
    const entity = await validateCreatedEntity(input);
    validateEventWithRule(entity);
    return keptEntity(entity);
  } catch (error) {
    throw new InputError(toEntityFieldError(error).message);
  }
}
