import { NotFoundError } from '@backstage/errors';
import { communityHealthRunPermission } from '@community-hub/plugin-community-health-common';
import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './RouteContext';

/** Starting a full computation and following its progress. */
export function runRoutes(ctx: RouteContext): express.Router {
  const { authorizer, runs } = ctx.options;
  const router = Router();

  router.post('/runs', async (req, res) => {
    const credentials = await ctx.user(req);
    await authorizer.authorize(
      credentials,
      communityHealthRunPermission,
      'Only community managers may start a full computation',
    );
    res.status(202).json(await runs.request(ctx.now()));
  });

  router.get('/runs/latest', async (req, res) => {
    await ctx.reader(req);
    const run = await runs.latest(ctx.now());
    if (!run) throw new NotFoundError('No computation has run yet');
    res.json(run);
  });

  return router;
}
