import { parseEntityRef } from '@backstage/catalog-model';

/** A short name for an entity ref: `ana.lima` for `user:default/ana.lima`. */
export function displayRef(ref: string): string {
  try {
    const { namespace, name } = parseEntityRef(ref);
    return namespace === 'default' ? name : `${namespace}/${name}`;
  } catch {
    return ref;
  }
}
