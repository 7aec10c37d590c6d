import {
  BackstageCredentials,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  CreatedEntityListResponse,
  CreatedEntityResponse,
} from '@community-hub/catalog-common';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import { CreatedEntityService } from './CreatedEntityService';

/** Where the API is mounted inside the catalog's routes. */
export const CREATED_ENTITIES_PATH = '/community/created-entities';

const entity = z.record(z.string(), z.unknown(), {
  error: 'must be an entity object',
});
const createBody = z.strictObject({
  entity,
  sourceDirectory: z.string().min(1).optional(),
});
const updateBody = z.strictObject({ entity });

function parseBody<T>(schema: z.ZodType<T>, body: unknown): T {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new InputError(
      parsed.error.issues
        .map(issue => {
          const field = issue.path.join('.');
          return issue.code === 'unrecognized_keys'
            ? `${issue.keys.join(', ')}: not allowed in the request body`
            : `${field || 'body'}: ${issue.message}`;
        })
        .join('; '),
    );
  }
  return parsed.data;
}

function refOf(params: Record<string, string>): CompoundEntityRef {
  return { kind: params.kind, namespace: params.namespace, name: params.name };
}

/**
 * The created-entities API under `/api/catalog/community/created-entities`:
 * `POST /` creates, `GET /` lists, `PUT /:kind/:namespace/:name` updates and
 * `DELETE /:kind/:namespace/:name` deletes. Every route needs a user.
 */
export function createCreatedEntitiesRouter(options: {
  httpAuth: HttpAuthService;
  service: CreatedEntityService;
}): express.Router {
  const { httpAuth, service } = options;
  const api = Router();
  const userOf = (res: express.Response) =>
    res.locals.credentials as BackstageCredentials<BackstageUserPrincipal>;

  // Who is asking is settled before any body is read.
  api.use(async (req, res, next) => {
    res.locals.credentials = await httpAuth.credentials(req, {
      allow: ['user'],
    });
    next();
  });
  api.use(express.json({ limit: '512kb' }));

  api.post('/', async (req, res) => {
    const body = parseBody(createBody, req.body);
    const created: CreatedEntityResponse = await service.create(
      userOf(res),
      body,
    );
    res.status(201).json(created);
  });

  api.get('/', async (_req, res) => {
    const list: CreatedEntityListResponse = { items: await service.list() };
    res.json(list);
  });

  api.put('/:kind/:namespace/:name', async (req, res) => {
    const body = parseBody(updateBody, req.body);
    const updated: CreatedEntityResponse = await service.update(
      userOf(res),
      refOf(req.params),
      body,
    );
    res.json(updated);
  });

  api.delete('/:kind/:namespace/:name', async (req, res) => {
    await service.delete(userOf(res), refOf(req.params));
    res.status(204).end();
  });

  const router = Router();
  router.use(CREATED_ENTITIES_PATH, api);
  return router;
}
