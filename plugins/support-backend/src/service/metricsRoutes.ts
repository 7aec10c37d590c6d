import { supportMetricDefinitions } from '@community-hub/plugin-support-common';
import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './routeContext';
import { parseInput } from './validation';

/** Support metrics for a window, per queue, per package or overall, and their definitions. */
export function metricsRoutes(context: RouteContext): express.Router {
  const { service, schemas, reader } = context;
  const router = Router();

  router.get('/metrics', async (req, res) => {
    const credentials = await reader(req);
    const { from, to, queue, entityRef } = parseInput(
      schemas.metricsQuery,
      req.query,
      'query',
    );
    res.json(
      await service.getMetrics(credentials, { from, to }, { queue, entityRef }),
    );
  });

  router.get('/metrics/queues', async (req, res) => {
    const credentials = await reader(req);
    const { from, to } = parseInput(
      schemas.queueMetricsQuery,
      req.query,
      'query',
    );
    res.json(await service.getQueueMetrics(credentials, { from, to }));
  });

  router.get('/metrics/definitions', async (req, res) => {
    await reader(req);
    res.json({ items: supportMetricDefinitions });
  });

  return router;
}
