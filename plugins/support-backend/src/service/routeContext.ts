import {
  BackstageCredentials,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import express from 'express';
import { SupportService } from './SupportService';
import { requestSchemas } from './requestSchemas';
import { idPath, parseInput } from './validation';

/** What every support route needs. */
export interface RouteContext {
  service: SupportService;
  schemas: ReturnType<typeof requestSchemas>;
  /** People and services (the search collator) may read. */
  reader(req: express.Request): Promise<BackstageCredentials>;
  /** Only signed-in people write. */
  writer(req: express.Request): Promise<BackstageCredentials>;
  /** The `:id` of the path. */
  idOf(req: express.Request): number;
}

/** Builds the shared route helpers. */
export function createRouteContext(options: {
  httpAuth: HttpAuthService;
  service: SupportService;
  maxBodyLength: number;
}): RouteContext {
  const { httpAuth } = options;
  return {
    service: options.service,
    schemas: requestSchemas(options.maxBodyLength),
    reader: req => httpAuth.credentials(req, { allow: ['user', 'service'] }),
    writer: req => httpAuth.credentials(req, { allow: ['user'] }),
    idOf: req => parseInput(idPath, { id: req.params.id }, 'path').id,
  };
}
