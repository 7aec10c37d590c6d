import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import { checkRefKinds, RefField } from '../refs/checkRefKinds';
import { isRealDate } from '../refs/isRealDate';
import { PartnerEntity } from './PartnerEntity';
import { partnerEntitySchema } from './partnerEntitySchema';

const validateShape = entityKindSchemaValidator<PartnerEntity>(partnerEntitySchema);

const refFields: RefField[] = [
  { field: 'owner', kinds: ['group', 'user'], defaultKind: 'group' },
  { field: 'contacts', kinds: ['user'], defaultKind: 'user' },
  { field: 'sponsors', kinds: ['component'], defaultKind: 'component' },
  { field: 'maintains', kinds: ['component'], defaultKind: 'component' },
];

/**
 * Checks a Partner entity. Returns false when the entity is not a Partner,
 * and throws a TypeError that names the offending field when it is a
 * malformed one.
 *
 * @public
 */
export function validatePartnerEntity(entity: Entity): entity is PartnerEntity {
  const partner = validateShape(entity);
  if (!partner) {
    return false;
  }
  if (!isRealDate(partner.spec.since)) {
    throw new TypeError(
      `/spec/since must be a real calendar date (YYYY-MM-DD), got '${partner.spec.since}'`,
    );
  }
  checkRefKinds(partner.spec, refFields);
  return true;
}
