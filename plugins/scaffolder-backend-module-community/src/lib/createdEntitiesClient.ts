import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import {
  AuthenticationError,
  ConflictError,
  InputError,
  NotAllowedError,
  ResponseError,
} from '@backstage/errors';

/** What the created-entities API answers when it has kept an entity. */
export interface CreatedEntity {
  entityRef: string;
  entityUrl: string;
}

/** The request to keep an entity in the portal. */
export interface CreateEntityRequest {
  entity: Entity;
  /** Absolute path of the committed skeleton inside the created-content directory. */
  sourceDirectory?: string;
}

/** The part of the created-entities API the scaffolder uses. */
export interface CreatedEntitiesClient {
  create(
    request: CreateEntityRequest,
    options: { credentials: BackstageCredentials },
  ): Promise<CreatedEntity>;
}

/** The route of the catalog module that keeps created entities. */
export const CREATED_ENTITIES_PATH = '/community/created-entities';

/**
 * Calls the catalog's created-entities API on behalf of the person running
 * the template, so that the API decides by their permissions. Its refusals
 * come back as the matching `@backstage/errors` type with the API's message.
 */
export function createCreatedEntitiesClient(options: {
  auth: AuthService;
  discovery: DiscoveryService;
}): CreatedEntitiesClient {
  const { auth, discovery } = options;
  return {
    async create(request, { credentials }) {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: credentials,
        targetPluginId: 'catalog',
      });
      const baseUrl = await discovery.getBaseUrl('catalog');
      const response = await fetch(`${baseUrl}${CREATED_ENTITIES_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify(request),
      });
      if (!response.ok) {
        throw await toError(response);
      }
      return (await response.json()) as CreatedEntity;
    },
  };
}

async function toError(response: Response): Promise<Error> {
  const error = await ResponseError.fromResponse(response);
  const message = error.cause.message || error.message;
  switch (response.status) {
    case 400:
      return new InputError(message);
    case 401:
      return new AuthenticationError(message);
    case 403:
      return new NotAllowedError(message);
    case 409:
      return new ConflictError(message);
    default:
      return error;
  }
}
