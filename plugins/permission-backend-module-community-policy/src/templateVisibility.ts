import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  AuthorizeResult,
  ResourcePermission,
  PolicyDecision,
} from '@backstage/plugin-permission-common';
import {
  LABEL_TEMPLATE_AUDIENCE,
  TEMPLATE_AUDIENCES,
  TemplateAudience,
} from '@community-hub/catalog-common';
import { CommunityRole } from './roles';

// Roles without templates of their own (the support team) have no audience.
const AUDIENCE_OF_ROLE: Readonly<
  Partial<Record<CommunityRole, TemplateAudience>>
> = {
  communityManager: 'community-managers',
  maintainer: 'maintainers',
  eventOrganiser: 'event-organisers',
  educator: 'educators',
};

/**
 * The template audiences (values of the `communityhub.dev/audience` label)
 * that a user with these roles belongs to, in a stable order.
 *
 * @public
 */
export function templateAudiencesOf(
  roles: ReadonlySet<CommunityRole>,
): TemplateAudience[] {
  return (Object.keys(AUDIENCE_OF_ROLE) as CommunityRole[])
    .filter(role => roles.has(role))
    .map(role => AUDIENCE_OF_ROLE[role]!);
}

/**
 * The catalog read decision for a user who is not a community manager: every
 * entity except the Template entities labelled with an audience the user does
 * not belong to. Templates without the label stay visible. The catalog applies
 * it in its database queries, so lists and counts never include hidden
 * templates; it is one small `NOT IN` per missing audience (only templates
 * carry the label), which keeps every catalog read cheap.
 *
 * @public
 */
export function visibleTemplatesOnly(
  permission: ResourcePermission<typeof RESOURCE_TYPE_CATALOG_ENTITY>,
  audiences: readonly TemplateAudience[],
): PolicyDecision {
  const [first, ...rest] = TEMPLATE_AUDIENCES.filter(
    value => !audiences.includes(value),
  ).map(value => ({
    not: catalogConditions.hasLabel({ label: LABEL_TEMPLATE_AUDIENCE, value }),
  }));
  if (!first) {
    return { result: AuthorizeResult.ALLOW };
  }
  return createCatalogConditionalDecision(permission, {
    allOf: [first, ...rest],
  });
}
