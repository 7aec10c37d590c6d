import type { Entity } from '@backstage/catalog-model';

/**
 * The body of `POST /api/catalog/community/created-entities`.
 *
 * @public
 */
export interface CreateEntityRequest {
  entity: Entity;
  /**
   * Absolute path of the entity's files inside
   * `communityHub.createdContent.directory`; the entity's location becomes
   * `file:<sourceDirectory>/catalog-info.yaml`.
   */
  sourceDirectory?: string;
}

/**
 * The body of `PUT /api/catalog/community/created-entities/:kind/:namespace/:name`.
 * Kind, namespace and name cannot change.
 *
 * @public
 */
export interface UpdateEntityRequest {
  entity: Entity;
}

/**
 * The answer to a create or update: the entity's ref and its page in the portal.
 *
 * @public
 */
export interface CreatedEntityResponse {
  /** For example `component:default/kestrel-foo`. */
  entityRef: string;
  /** For example `/catalog/default/component/kestrel-foo`. */
  entityUrl: string;
}

/**
 * One entity kept by the portal.
 *
 * @public
 */
export interface CreatedEntitySummary {
  entityRef: string;
  /** User entity ref of the creator. */
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/**
 * The body of `GET /api/catalog/community/created-entities`.
 *
 * @public
 */
export interface CreatedEntityListResponse {
  items: CreatedEntitySummary[];
}
