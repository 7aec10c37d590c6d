import { Entity } from '@backstage/catalog-model';
import { PACKAGE_COMPONENT_TYPES } from '@community-hub/catalog-common';
import type { ScorecardTarget } from '@community-hub/plugin-community-health-common';

/**
 * The ref the community as a whole is scored under. It names no catalog
 * entity: the community is the roll-up of every package and partner, kept
 * and served like any other entity (`GET /entities/community/default/kestrel`).
 */
export const COMMUNITY_REF = 'community:default/kestrel';

const PACKAGE_TYPES: readonly string[] = PACKAGE_COMPONENT_TYPES;

/**
 * Which scorecard target an entity falls under: Components of type library,
 * framework or tool are packages; Partners and Groups are themselves.
 * Anything else is not scored.
 */
export function targetOf(entity: Entity): ScorecardTarget | undefined {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'component') {
    const type = (entity.spec as { type?: unknown } | undefined)?.type;
    return typeof type === 'string' && PACKAGE_TYPES.includes(type)
      ? 'package'
      : undefined;
  }
  if (kind === 'partner') return 'partner';
  if (kind === 'group') return 'group';
  return undefined;
}
