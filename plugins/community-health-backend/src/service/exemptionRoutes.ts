import { InputError, NotFoundError } from '@backstage/errors';
import {
  communityHealthExemptionManagePermission,
  Exemption,
} from '@community-hub/plugin-community-health-common';
import express from 'express';
import Router from 'express-promise-router';
import { DateTime } from 'luxon';
import { rescoreEntity } from '../computation/rescoreEntity';
import {
  entityRefFromPath,
  exemptionIdParam,
  exemptionsQuery,
  newExemptionBody,
  parseOrThrow,
} from './requestSchemas';
import { RouteContext } from './RouteContext';

/** Adding, listing and withdrawing exemptions; each change rescores the entity at once. */
export function exemptionRoutes(ctx: RouteContext): express.Router {
  const { store, authorizer, computation, logger } = ctx.options;
  const router = Router();

  /** Scores the entity again so that the change shows now; a failure is logged, not returned. */
  async function rescore(exemption: Exemption) {
    try {
      await rescoreEntity(computation, exemption.entityRef, ctx.now());
    } catch (error) {
      logger.warn(
        `Could not rescore ${exemption.entityRef} after exemption ${exemption.id} changed: ${error}`,
      );
    }
  }

  router.post(
    '/entities/:kind/:namespace/:name/exemptions',
    async (req, res) => {
      const credentials = await ctx.user(req);
      const entityRef = entityRefFromPath(req.params);
      const body = parseOrThrow(newExemptionBody, req.body, 'exemption');
      await authorizer.authorizeOnEntity(
        credentials,
        communityHealthExemptionManagePermission,
        entityRef,
        `Only the owners of ${entityRef} and community managers may exempt it from checks`,
      );
      const scorecard = ctx.scorecardOf(await ctx.targetOfRef(entityRef));
      if (!scorecard) {
        throw new InputError(`Invalid exemption: ${entityRef} is not scored`);
      }
      if (!scorecard.checks.some(check => check.id === body.checkId)) {
        throw new InputError(
          `Invalid exemption: checkId: the ${
            scorecard.id
          } scorecard has no check '${body.checkId}' (its checks: ${
            scorecard.checks.map(c => c.id).join(', ') || 'none'
          })`,
        );
      }
      const today = DateTime.fromISO(ctx.today(), { zone: 'utc' });
      const expires = DateTime.fromISO(body.expiresOn, { zone: 'utc' });
      const latest = today.plus({ years: 1 });
      if (expires <= today || expires > latest) {
        throw new InputError(
          `Invalid exemption: expiresOn: must be after today (${today.toISODate()}) and at most a year ahead (${latest.toISODate()})`,
        );
      }
      const exemption = await store.addExemption(
        { entityRef, ...body },
        credentials.principal.userEntityRef,
        ctx.now(),
      );
      await rescore(exemption);
      res.status(201).json(exemption);
    },
  );

  router.delete('/exemptions/:id', async (req, res) => {
    const credentials = await ctx.user(req);
    const id = parseOrThrow(exemptionIdParam, req.params.id, 'exemption id');
    const existing = await store.getExemption(id);
    if (!existing) throw new NotFoundError(`No exemption ${id}`);
    await authorizer.authorizeOnEntity(
      credentials,
      communityHealthExemptionManagePermission,
      existing.entityRef,
      `Only the owners of ${existing.entityRef} and community managers may withdraw its exemptions`,
    );
    const revoked = await store.revokeExemption(
      id,
      credentials.principal.userEntityRef,
      ctx.now(),
    );
    await rescore(revoked);
    res.json(revoked);
  });

  router.get('/exemptions', async (req, res) => {
    await ctx.reader(req);
    const query = parseOrThrow(exemptionsQuery, req.query, 'query');
    res.json({
      items: await store.listExemptions({ ...query, today: ctx.today() }),
    });
  });

  return router;
}
