import { parseEntityRef } from '@backstage/catalog-model';

/** Which kinds of entity a ref field may point at. */
export interface RefField {
  field: string;
  kinds: string[];
  defaultKind: string;
}

/**
 * Checks that every ref in the given spec fields parses and points at an
 * allowed kind; throws a TypeError naming the field (`/spec/contacts/0`).
 */
export function checkRefKinds(spec: Record<string, unknown>, fields: RefField[]) {
  for (const { field, kinds, defaultKind } of fields) {
    const value = spec[field];
    if (value === undefined) continue;
    const refs = typeof value === 'string' ? [value] : (value as string[]);
    refs.forEach((ref, index) => {
      const path = typeof value === 'string' ? `/spec/${field}` : `/spec/${field}/${index}`;
      let kind: string;
      try {
        kind = parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }).kind;
      } catch {
        throw new TypeError(`${path} is not a valid entity reference: '${ref}'`);
      }
      if (!kinds.includes(kind.toLocaleLowerCase('en-US'))) {
        throw new TypeError(`${path} must refer to a ${kinds.join(' or ')}, got '${ref}'`);
      }
    });
  }
}
