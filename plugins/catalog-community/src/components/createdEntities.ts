import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
  getCompoundEntityRef,
} from '@backstage/catalog-model';
import {
  ANNOTATION_CREATED_AT,
  ANNOTATION_CREATED_BY,
  CreatedEntityResponse,
} from '@community-hub/catalog-common';
import { DiscoveryApi, FetchApi } from '@backstage/frontend-plugin-api';

/** Annotations the portal and the catalog set; they are not the person's to edit. */
const PORTAL_ANNOTATIONS = new Set([
  ANNOTATION_CREATED_BY,
  ANNOTATION_CREATED_AT,
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
]);

/** Whether the portal keeps the entity (it was created from a template). */
export const isCreatedInPortal = (entity: Entity): boolean =>
  Boolean(entity.metadata.annotations?.[ANNOTATION_CREATED_BY]);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * What a person may edit of an entity: its metadata, without what the catalog
 * sets (uid, etag, generation) and the portal's own annotations, and its spec.
 */
export function editableParts(entity: Entity): {
  metadata: Record<string, unknown>;
  spec?: Record<string, unknown>;
} {
  const { uid, etag, generation, annotations, ...metadata } =
    entity.metadata as Entity['metadata'] & { generation?: unknown };
  const ownAnnotations = Object.entries(annotations ?? {}).filter(
    ([key]) => !PORTAL_ANNOTATIONS.has(key),
  );
  return {
    metadata: {
      ...metadata,
      ...(ownAnnotations.length > 0 && {
        annotations: Object.fromEntries(ownAnnotations),
      }),
    },
    ...(entity.spec && { spec: entity.spec as Record<string, unknown> }),
  };
}

/** The text shown in the edit dialog: JSON with 2-space indentation. */
export function editableText(entity: Entity): string {
  return JSON.stringify(editableParts(entity), null, 2);
}

/** A mistake in the edited text, found before anything is sent. */
export class EditTextError extends Error {}

/**
 * The entity to send for the edited text: the original apiVersion, kind, name
 * and namespace with the edited metadata and spec.
 *
 * @throws EditTextError when the text is not JSON of that shape, or changes
 *   the name or namespace.
 */
export function entityFromEditedText(original: Entity, text: string): Entity {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new EditTextError(`Not valid JSON: ${(error as Error).message}`);
  }
  if (!isObject(parsed)) {
    throw new EditTextError(
      'Expected a JSON object with "metadata" and "spec"',
    );
  }
  const extra = Object.keys(parsed).filter(
    key => key !== 'metadata' && key !== 'spec',
  );
  if (extra.length > 0) {
    throw new EditTextError(
      `${extra.join(
        ', ',
      )}: cannot be edited here; only metadata and spec can change`,
    );
  }
  const { metadata, spec } = parsed;
  if (!isObject(metadata)) {
    throw new EditTextError('metadata: must be an object');
  }
  if (spec !== undefined && !isObject(spec)) {
    throw new EditTextError('spec: must be an object');
  }
  const { name, namespace } = getCompoundEntityRef(original);
  if (metadata.name !== undefined && metadata.name !== name) {
    throw new EditTextError(`metadata.name: cannot change, must stay ${name}`);
  }
  if (metadata.namespace !== undefined && metadata.namespace !== namespace) {
    throw new EditTextError(
      `metadata.namespace: cannot change, must stay ${namespace}`,
    );
  }
  return {
    apiVersion: original.apiVersion,
    kind: original.kind,
    metadata: { ...metadata, name, namespace },
    ...(spec !== undefined && { spec: spec as Entity['spec'] }),
  };
}

/** A refusal or failure of the created-entities API, with its message. */
export class CreatedEntityRequestError extends Error {
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

/** The message of a Backstage error response, or the status if it has none. */
async function messageOf(response: Response): Promise<string> {
  try {
    const body = await response.json();
    const message = body?.error?.message;
    if (typeof message === 'string' && message) {
      return message;
    }
  } catch {
    // not JSON; fall back to the status
  }
  return `Request failed with ${response.status} ${response.statusText}`.trim();
}

interface Apis {
  discoveryApi: DiscoveryApi;
  fetchApi: FetchApi;
}

async function request(
  { discoveryApi, fetchApi }: Apis,
  entity: Entity,
  init: RequestInit,
): Promise<Response> {
  const { kind, namespace, name } = getCompoundEntityRef(entity);
  const base = await discoveryApi.getBaseUrl('catalog');
  const url = `${base}/community/created-entities/${[kind, namespace, name]
    .map(encodeURIComponent)
    .join('/')}`;
  let response: Response;
  try {
    response = await fetchApi.fetch(url, init);
  } catch (error) {
    throw new CreatedEntityRequestError(
      `Could not reach the portal: ${(error as Error).message}`,
    );
  }
  if (!response.ok) {
    throw new CreatedEntityRequestError(
      await messageOf(response),
      response.status,
    );
  }
  return response;
}

/** `PUT /community/created-entities/:kind/:namespace/:name`. */
export async function updateCreatedEntity(
  apis: Apis,
  entity: Entity,
): Promise<CreatedEntityResponse> {
  const response = await request(apis, entity, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ entity }),
  });
  return (await response.json()) as CreatedEntityResponse;
}

/** `DELETE /community/created-entities/:kind/:namespace/:name`. */
export async function deleteCreatedEntity(
  apis: Apis,
  entity: Entity,
): Promise<void> {
  await request(apis, entity, { method: 'DELETE' });
}

const DATE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** A date in words, e.g. `12 March 2025 (3 days ago)`; the text itself if it is no date. */
export function dateInWords(iso: string, now: Date = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(
    date,
  );
  const seconds = (date.getTime() - now.getTime()) / 1000;
  const unit = DATE_UNITS.find(([, size]) => Math.abs(seconds) >= size);
  const relative = unit
    ? new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' }).format(
        Math.round(seconds / unit[1]),
        unit[0],
      )
    : 'just now';
  return `${day} (${relative})`;
}
