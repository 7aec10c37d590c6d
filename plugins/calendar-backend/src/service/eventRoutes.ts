import { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  buildCalendarFeed,
  calendarRegistrationCreatePermission,
  EventDetails,
  OccurrenceFilter,
  OccurrencesResponse,
} from '@community-hub/plugin-calendar-common';
import express from 'express';
import Router from 'express-promise-router';
import { EventIndex } from '../eventIndex/EventIndex';
import {
  EventSnapshot,
  IndexedEvent,
  Range,
} from '../eventIndex/EventSnapshot';
import {
  CalendarAuthorizer,
  canRead,
  EventVisibility,
} from '../permissions/CalendarAuthorizer';
import { RegistrationService } from '../registrations/RegistrationService';
import { RegistrationStore } from '../registrations/RegistrationStore';
import { ResponseCache } from './ResponseCache';
import { sendCachedBody } from './sendCachedBody';
import { eventRefFromPath, parseOccurrenceQuery } from './queryParams';

const UPCOMING_LIMIT = 10;
const UPCOMING_HORIZON_DAYS = 400;

/** The occurrences of a range that the person may read. */
function visibleOccurrences(
  snapshot: EventSnapshot,
  range: Range,
  filter: OccurrenceFilter,
  visibility: EventVisibility,
): OccurrencesResponse {
  const all = snapshot.occurrences(range, filter);
  if (visibility.all) return all;
  const events = Object.fromEntries(
    Object.entries(all.events).filter(([ref]) =>
      canRead(visibility, snapshot.get(ref)!.entity),
    ),
  );
  return {
    events,
    occurrences: all.occurrences.filter(o => o.eventRef in events),
  };
}

/** Routes for reading the calendar, one event, and registering. */
export function eventRoutes(options: {
  httpAuth: HttpAuthService;
  index: EventIndex;
  authorizer: CalendarAuthorizer;
  registrations: RegistrationService;
  registrationStore: RegistrationStore;
  now?: () => Date;
}): express.Router {
  const { httpAuth, index, authorizer, registrations, registrationStore } =
    options;
  const now = options.now ?? (() => new Date());
  const occurrenceCache = new ResponseCache(200);
  const router = Router();

  const userCredentials = (req: express.Request) =>
    httpAuth.credentials(req, { allow: ['user'] });

  /** The event named in the path, if this person may read it. */
  async function readableEvent(req: express.Request): Promise<IndexedEvent> {
    const eventRef = eventRefFromPath(req.params);
    const credentials = await userCredentials(req);
    const [snapshot, visibility] = await Promise.all([
      index.current(),
      authorizer.eventVisibility(credentials),
    ]);
    const indexed = snapshot.get(eventRef);
    if (!indexed || !canRead(visibility, indexed.entity)) {
      throw new NotFoundError(`No event ${eventRef} in the calendar`);
    }
    return indexed;
  }

  router.get('/occurrences', async (req, res) => {
    // Other plugins read occurrences too (community health counts events)
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const { range, filter } = parseOccurrenceQuery(req.query);
    const [snapshot, visibility] = await Promise.all([
      index.current(),
      authorizer.eventVisibility(credentials),
    ]);
    const key = [
      snapshot.generation,
      visibility.key,
      range.from.toISOString(),
      range.to.toISOString(),
      JSON.stringify(filter),
    ].join('|');
    const body = occurrenceCache.get(key, () =>
      JSON.stringify(visibleOccurrences(snapshot, range, filter, visibility)),
    );
    sendCachedBody(req, res, body, 'application/json');
  });

  router.get('/events/:namespace/:name', async (req, res) => {
    const indexed = await readableEvent(req);
    const credentials = await userCredentials(req);
    const snapshot = await index.current();
    const from = now();
    const to = new Date(from.getTime() + UPCOMING_HORIZON_DAYS * 86_400_000);
    const [registration, canSeeAttendees] = await Promise.all([
      registrations.summary(indexed, credentials.principal.userEntityRef),
      authorizer.canSeeAttendees(credentials, indexed.event),
    ]);
    const details: EventDetails = {
      event: indexed.event,
      registration,
      upcoming: snapshot
        .occurrencesOf(indexed, { from, to })
        .slice(0, UPCOMING_LIMIT),
      canSeeAttendees,
    };
    res.json(details);
  });

  router.get('/events/:namespace/:name/ics', async (req, res) => {
    const indexed = await readableEvent(req);
    const ics = buildCalendarFeed({
      name: indexed.event.title,
      events: [{ entity: indexed.entity, sequence: indexed.event.sequence }],
      now: now(),
    });
    const name = indexed.entity.metadata.name;
    res
      .type('text/calendar; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="${name}.ics"`)
      .send(ics);
  });

  router.post('/events/:namespace/:name/registration', async (req, res) => {
    const credentials = await userCredentials(req);
    await authorizer.authorize(
      credentials,
      calendarRegistrationCreatePermission,
    );
    const indexed = await readableEvent(req);
    const summary = await registrations.register(
      indexed,
      credentials.principal.userEntityRef,
    );
    res.status(201).json(summary);
  });

  router.delete('/events/:namespace/:name/registration', async (req, res) => {
    const credentials = await userCredentials(req);
    await authorizer.authorize(
      credentials,
      calendarRegistrationCreatePermission,
    );
    const indexed = await readableEvent(req);
    res.json(
      await registrations.cancel(indexed, credentials.principal.userEntityRef),
    );
  });

  router.get('/events/:namespace/:name/attendees', async (req, res) => {
    const indexed = await readableEvent(req);
    const credentials = await userCredentials(req);
    if (!(await authorizer.canSeeAttendees(credentials, indexed.event))) {
      throw new NotAllowedError(
        'Only the organisers of this event and community managers may see who registered',
      );
    }
    const all = await registrationStore.list(indexed.event.entityRef);
    const toAttendee = ({
      userRef,
      registeredAt,
    }: {
      userRef: string;
      registeredAt: string;
    }) => ({
      userRef,
      registeredAt,
    });
    res.json({
      registered: all.filter(r => r.status === 'registered').map(toAttendee),
      waitlisted: all.filter(r => r.status === 'waitlisted').map(toAttendee),
    });
  });

  router.get('/my/registrations', async (req, res) => {
    const credentials = await userCredentials(req);
    const mine = await registrationStore.listForUser(
      credentials.principal.userEntityRef,
    );
    res.json({
      items: mine.map(r => ({
        eventRef: r.eventRef,
        status: r.status,
        registeredAt: r.registeredAt,
        waitlistPosition: r.waitlistPosition,
      })),
    });
  });

  return router;
}
