import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  validateEventEntity,
  validatePartnerEntity,
} from '@community-hub/catalog-common';

const envelopePolicy = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

/** What the portal keeps, by lowercased kind; each returns false for a foreign apiVersion. */
const kindChecks: Record<
  string,
  (entity: Entity) => Promise<boolean> | boolean
> = {
  component: entity => componentEntityV1alpha1Validator.check(entity),
  event: validateEventEntity,
  partner: validatePartnerEntity,
};

/**
 * The checks the created-entities API makes before it stores an entity, for
 * dry-runs, which do not call it: the catalog's envelope and name rules, the
 * Component schema, and the community kinds' validators. Returns the entity
 * with its namespace defaulted; throws an InputError naming the field.
 */
export async function validateEntityLocally(input: unknown): Promise<Entity> {
  let entity: Entity | undefined;
  try {
    entity = await envelopePolicy.enforce(structuredClone(input) as Entity);
    if (!entity) {
      throw new TypeError('not a catalog entity');
    }
    const check = kindChecks[entity.kind.toLocaleLowerCase('en-US')];
    if (!check) {
      throw new TypeError(
        `kind must be one of Component, Event, Partner, got '${entity.kind}'`,
      );
    }
    if (!(await check(entity))) {
      throw new TypeError(
        `apiVersion '${entity.apiVersion}' is not an apiVersion of kind ${entity.kind}`,
      );
    }
  } catch (error) {
    throw new InputError(
      `entity is not valid: ${error instanceof Error ? error.message : error}`,
    );
  }
  return entity;
}
