import {
  Entity,
  entityKindSchemaValidator,
  parseEntityRef,
} from '@backstage/catalog-model';
import { PartnerEntity } from './PartnerEntity';
import { partnerEntitySchema } from './partnerEntitySchema';

const validateShape = entityKindSchemaValidator<PartnerEntity>(partnerEntitySchema);

const refFields: Array<{
  field: 'owner' | 'contacts' | 'sponsors' | 'maintains';
  kinds: string[];
  defaultKind: string;
}> = [
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
  for (const { field, kinds, defaultKind } of refFields) {
    const value = partner.spec[field];
    const refs = typeof value === 'string' ? [value] : value ?? [];
    refs.forEach((ref, index) => {
      const path =
        typeof value === 'string' ? `/spec/${field}` : `/spec/${field}/${index}`;
      let kind: string;
      try {
        kind = parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }).kind;
      } catch (error) {
        throw new TypeError(`${path} is not a valid entity reference: '${ref}'`);
      }
      if (!kinds.includes(kind.toLocaleLowerCase('en-US'))) {
        throw new TypeError(
          `${path} must refer to a ${kinds.join(' or ')}, got '${ref}'`,
        );
      }
    });
  }
  return true;
}

function isRealDate(isoDate: string): boolean {
  const parsed = new Date(`${isoDate}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === isoDate
  );
}
