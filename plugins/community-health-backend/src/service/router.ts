import express from 'express';
import Router from 'express-promise-router';
import { exemptionRoutes } from './exemptionRoutes';
import { RouteContext, RouterOptions } from './RouteContext';
import { runRoutes } from './runRoutes';
import { scoreRoutes } from './scoreRoutes';

export type { RouterOptions } from './RouteContext';

/** The community health HTTP API under /api/community-health. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const ctx = new RouteContext(options);
  const router = Router();
  router.use(express.json({ limit: '16kb' }));
  router.use(scoreRoutes(ctx));
  router.use(exemptionRoutes(ctx));
  router.use(runRoutes(ctx));
  return router;
}
