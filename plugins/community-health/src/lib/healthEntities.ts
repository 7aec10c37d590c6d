import type { Entity } from '@backstage/catalog-model';

/** The component types the community calls packages (the `package` scorecard). */
const PACKAGE_TYPES = ['library', 'framework', 'tool'];

/**
 * Whether an entity has a community health scorecard: packages (Components
 * of type library, framework or tool), partners and groups.
 */
export function hasHealthScorecard(entity: Entity): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'partner' || kind === 'group') return true;
  if (kind !== 'component') return false;
  const type = entity.spec?.type;
  return (
    typeof type === 'string' &&
    PACKAGE_TYPES.includes(type.toLocaleLowerCase('en-US'))
  );
}
