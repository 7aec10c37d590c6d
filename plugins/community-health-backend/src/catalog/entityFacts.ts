import {
  Entity,
  parseEntityRef,
  RELATION_HAS_MEMBER,
  RELATION_MEMBER_OF,
  RELATION_OWNED_BY,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  isPartnerEntity,
  RELATION_MAINTAINED_BY,
  RELATION_SPONSORED_BY,
} from '@community-hub/catalog-common';

/** An entity's ref, lower-cased: how community health keys entities. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity).toLocaleLowerCase('en-US');
}

/** A ref as written in a spec (possibly short), completed and lower-cased; undefined when unreadable. */
export function completeRef(
  ref: string,
  defaults: { defaultKind: string; defaultNamespace: string },
): string | undefined {
  try {
    return stringifyEntityRef(parseEntityRef(ref, defaults)).toLocaleLowerCase(
      'en-US',
    );
  } catch {
    return undefined;
  }
}

function relationTargets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(r => r.type === type)
    .map(r => r.targetRef.toLocaleLowerCase('en-US'));
}

/** The owner ref: the `ownedBy` relation, or `spec.owner` (a group by default). */
export function ownerRefOf(entity: Entity): string | undefined {
  const [related] = relationTargets(entity, RELATION_OWNED_BY);
  if (related) return related;
  const owner = (entity.spec as { owner?: unknown } | undefined)?.owner;
  return typeof owner === 'string'
    ? completeRef(owner, {
        defaultKind: 'group',
        defaultNamespace: entity.metadata.namespace ?? 'default',
      })
    : undefined;
}

/** The members of a group: its `hasMember` relations. */
export function memberRefsOf(group: Entity): string[] {
  return relationTargets(group, RELATION_HAS_MEMBER);
}

/** The groups a user belongs to: `memberOf` relations, or `spec.memberOf`. */
export function groupRefsOf(user: Entity): string[] {
  const related = relationTargets(user, RELATION_MEMBER_OF);
  if (related.length > 0) return related;
  const memberOf = (user.spec as { memberOf?: unknown } | undefined)?.memberOf;
  return Array.isArray(memberOf)
    ? memberOf.flatMap(ref =>
        typeof ref === 'string'
          ? completeRef(ref, {
              defaultKind: 'group',
              defaultNamespace: user.metadata.namespace ?? 'default',
            }) ?? []
          : [],
      )
    : [];
}

/** The packages a partner sponsors or maintains (`spec.sponsors`, `spec.maintains`). */
export function packageRefsOfPartner(partner: Entity): string[] {
  if (!isPartnerEntity(partner)) return [];
  const defaults = {
    defaultKind: 'component',
    defaultNamespace: partner.metadata.namespace ?? 'default',
  };
  const refs = [
    ...(partner.spec.sponsors ?? []),
    ...(partner.spec.maintains ?? []),
  ].flatMap(ref => completeRef(ref, defaults) ?? []);
  return [...new Set(refs)];
}

/** The partners that sponsor or maintain a package, from its relations. */
export function partnerRefsOfPackage(pkg: Entity): string[] {
  return [
    ...new Set([
      ...relationTargets(pkg, RELATION_SPONSORED_BY),
      ...relationTargets(pkg, RELATION_MAINTAINED_BY),
    ]),
  ];
}
