import {
  componentEntityV1alpha1Validator,
  DefaultNamespaceEntityPolicy,
  Entity,
  EntityPolicies,
  FieldFormatEntityPolicy,
  makeValidator,
  NoForeignRootFieldsEntityPolicy,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import { validateEventEntity } from '../event/validateEventEntity';
import { validatePartnerEntity } from '../partner/validatePartnerEntity';
import { COMMUNITY_API_VERSION } from '../partner/PartnerEntity';
import {
  createdEntityCategory,
  CreatedEntityCategory,
} from './createdEntityCategory';
import { EntityFieldError, toEntityFieldError } from './EntityFieldError';

const validators = makeValidator();

const catalogPolicies = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

const kindChecks: Record<
  CreatedEntityCategory,
  { apiVersion: string; check: (entity: Entity) => Promise<boolean> | boolean }
> = {
  package: {
    apiVersion: 'backstage.io/v1alpha1',
    check: e => componentEntityV1alpha1Validator.check(e),
  },
  'learning-path': {
    apiVersion: 'backstage.io/v1alpha1',
    check: e => componentEntityV1alpha1Validator.check(e),
  },
  event: { apiVersion: COMMUNITY_API_VERSION, check: validateEventEntity },
  partner: { apiVersion: COMMUNITY_API_VERSION, check: validatePartnerEntity },
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function requireString(value: unknown, field: string) {
  if (typeof value !== 'string' || value === '') {
    throw new EntityFieldError(field, 'is required');
  }
}

/**
 * Checks an entity that the portal is asked to keep, as the catalog would
 * and more: the envelope and name rules of the catalog, the portal's kinds
 * and types (see {@link createdEntityCategory}), the Component schema
 * (`spec.type`, `spec.lifecycle`, `spec.owner`) and the Partner and Event
 * validators. Returns the entity with its namespace filled in.
 *
 * @throws EntityFieldError naming the first offending field.
 * @public
 */
export async function validateCreatedEntity(entity: unknown): Promise<Entity> {
  if (!isObject(entity)) {
    throw new EntityFieldError('entity', 'must be an object');
  }
  requireString(entity.apiVersion, 'apiVersion');
  requireString(entity.kind, 'kind');
  if (!isObject(entity.metadata)) {
    throw new EntityFieldError('metadata', 'is required');
  }
  const { name, namespace } = entity.metadata;
  if (!validators.isValidEntityName(name)) {
    throw new EntityFieldError(
      'metadata.name',
      `must be 1-63 characters, letters and digits separated by single -, _ or . characters; got ${JSON.stringify(
        name ?? null,
      )}`,
    );
  }
  if (namespace !== undefined && !validators.isValidNamespace(namespace)) {
    throw new EntityFieldError(
      'metadata.namespace',
      `must be 1-63 lowercase letters, digits and -; got ${JSON.stringify(
        namespace,
      )}`,
    );
  }
  const category = createdEntityCategory(entity);

  let checked: Entity;
  try {
    checked = (await catalogPolicies.enforce(entity as unknown as Entity))!;
    const kind = kindChecks[category];
    if (!(await kind.check(checked))) {
      throw new EntityFieldError(
        'apiVersion',
        `must be ${kind.apiVersion} for kind ${
          checked.kind
        }, got ${JSON.stringify(checked.apiVersion)}`,
      );
    }
  } catch (error) {
    throw toEntityFieldError(error);
  }
  return checked;
}
