import { HttpAuthService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { answerRoutes } from './answerRoutes';
import { faqRoutes } from './faqRoutes';
import { metricsRoutes } from './metricsRoutes';
import { questionRoutes } from './questionRoutes';
import { queueRoutes } from './queueRoutes';
import { createRouteContext } from './routeContext';
import { SupportService } from './SupportService';

/** The largest JSON request body; larger ones are refused with 413. */
export const JSON_BODY_LIMIT = '100kb';

/** Everything the support routes need. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  service: SupportService;
  /** The most characters of a question or answer body; longer ones get 400. */
  maxBodyLength: number;
}

/** The support HTTP API under `/api/support`, described by `src/schema/openapi.yaml`. */
export function createRouter(options: RouterOptions): express.Router {
  const context = createRouteContext(options);
  const router = Router();
  router.use(express.json({ limit: JSON_BODY_LIMIT }));
  router.use(queueRoutes(context));
  router.use(questionRoutes(context));
  router.use(answerRoutes(context));
  router.use(faqRoutes(context));
  router.use(metricsRoutes(context));
  return router;
}
