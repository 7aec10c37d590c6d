import { HttpAuthService, LoggerService } from '@backstage/backend-plugin-api';
import express from 'express';
import Router from 'express-promise-router';
import { EventIndex } from '../eventIndex/EventIndex';
import { feedRoutes } from '../feeds/feedRoutes';
import { FeedTokenStore } from '../feeds/FeedTokenStore';
import { importRoutes } from '../import/importRoutes';
import { CalendarAuthorizer } from '../permissions/CalendarAuthorizer';
import { RegistrationService } from '../registrations/RegistrationService';
import { RegistrationStore } from '../registrations/RegistrationStore';
import { eventRoutes } from './eventRoutes';

/** Everything the calendar's routes need. */
export interface RouterOptions {
  httpAuth: HttpAuthService;
  logger: LoggerService;
  index: EventIndex;
  authorizer: CalendarAuthorizer;
  registrations: RegistrationService;
  registrationStore: RegistrationStore;
  feedTokens: FeedTokenStore;
  /** The public base URL of feeds, e.g. https://hub.example.org/api/calendar/feeds */
  feedBaseUrl: string;
  publicFeed: boolean;
  now?: () => Date;
}

/** The calendar's HTTP API under /api/calendar. */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const router = Router();
  router.use(express.json({ limit: '64kb' }));
  router.use(eventRoutes(options));
  router.use(feedRoutes(options));
  router.use(importRoutes(options));
  return router;
}
