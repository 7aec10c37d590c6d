import { InputError } from '@backstage/errors';
import { calendarEventImportPermission } from '@community-hub/plugin-calendar-common';
import express from 'express';
import Router from 'express-promise-router';
import type { RouterOptions } from '../service/router';
import { importIcs } from './importIcs';

/** The largest `.ics` file accepted; a bigger body is answered with 413. */
export const MAX_IMPORT_SIZE = '1mb';

const ICS_TYPES = ['text/calendar', 'text/plain'];

/**
 * `POST /import`: reads an `.ics` file sent as `text/calendar` into draft
 * Event entities, for event organisers and community managers. Nothing is
 * stored.
 */
export function importRoutes(options: RouterOptions): express.Router {
  const { httpAuth, authorizer } = options;
  const router = Router();
  const readText = express.text({ type: ICS_TYPES, limit: MAX_IMPORT_SIZE });

  router.post(
    '/import',
    // Who may import is settled before the body is read.
    async (req, res, next) => {
      const credentials = await httpAuth.credentials(req, { allow: ['user'] });
      await authorizer.authorize(credentials, calendarEventImportPermission);
      res.locals.importer = credentials.principal.userEntityRef;
      next();
    },
    readText,
    async (req, res) => {
      if (typeof req.body !== 'string') {
        throw new InputError(
          `Send the .ics file as the request body with Content-Type text/calendar, not ${
            req.get('content-type') ?? 'no content type'
          }`,
        );
      }
      res.json(await importIcs(req.body, { ownerRef: res.locals.importer }));
    },
  );

  return router;
}
