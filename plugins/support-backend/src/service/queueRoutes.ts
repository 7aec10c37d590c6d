import express from 'express';
import Router from 'express-promise-router';
import { RouteContext } from './routeContext';

/** `GET /queues`, `GET /queues/:id`: queues with their live numbers. */
export function queueRoutes({ service, reader }: RouteContext): express.Router {
  const router = Router();

  router.get('/queues', async (req, res) => {
    res.json(await service.listQueues(await reader(req)));
  });

  router.get('/queues/:id', async (req, res) => {
    res.json(await service.getQueue(await reader(req), req.params.id));
  });

  return router;
}
