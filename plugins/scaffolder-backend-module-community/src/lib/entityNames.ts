import { makeValidator } from '@backstage/catalog-model';

const validators = makeValidator();

/** The catalog's rule for `metadata.name`, worded for a person filling in a form. */
export const ENTITY_NAME_RULE =
  'use 1-63 letters, digits, dashes, underscores or dots, starting and ending with a letter or digit';

/** True when the catalog accepts `value` as `metadata.name`. */
export function isValidEntityName(value: unknown): value is string {
  return validators.isValidEntityName(value);
}

/** True when the catalog accepts `value` as `metadata.namespace`. */
export function isValidNamespace(value: unknown): value is string {
  return validators.isValidNamespace(value);
}
