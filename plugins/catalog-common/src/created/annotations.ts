/**
 * Who created an entity that the portal keeps (a user entity ref).
 *
 * @public
 */
export const ANNOTATION_CREATED_BY = 'communityhub.dev/created-by';

/**
 * When an entity that the portal keeps was created (ISO 8601).
 *
 * @public
 */
export const ANNOTATION_CREATED_AT = 'communityhub.dev/created-at';

/**
 * The label on a Template entity naming the audience allowed to see and run
 * it; templates without the label are visible to everyone.
 *
 * @public
 */
export const LABEL_TEMPLATE_AUDIENCE = 'communityhub.dev/audience';

/**
 * The values of {@link LABEL_TEMPLATE_AUDIENCE}, one per community role.
 *
 * @public
 */
export const TEMPLATE_AUDIENCES = [
  'maintainers',
  'event-organisers',
  'community-managers',
  'educators',
] as const;

/** @public */
export type TemplateAudience = (typeof TEMPLATE_AUDIENCES)[number];
