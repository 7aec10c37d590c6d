import { mockCredentials, TestBackend } from '@backstage/backend-test-utils';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import request from 'supertest';
import {
  signedInAs,
  startCalendarBackend,
} from './__testUtils__/startCalendarBackend';
import { berlinCall, blogPost, eventEntity } from './__testUtils__/testEvents';

const inDays = (days: number, time = '14:00') =>
  `${DateTime.now()
    .setZone('Europe/Lisbon')
    .plus({ days })
    .toISODate()}T${time}`;

const workshop = eventEntity('workshop', {
  type: 'workshop',
  start: inDays(30, '14:00'),
  end: inDays(30, '18:00'),
  timeZone: 'Europe/Lisbon',
  capacity: 2,
  organisers: ['user:default/host'],
});
const cancelledMeetup = eventEntity('cancelled-meetup', {
  start: inDays(10, '18:00'),
  end: inDays(10, '20:00'),
  timeZone: 'Europe/Lisbon',
  status: 'cancelled',
});
const pastMeetup = eventEntity('past-meetup', {
  start: '2025-05-01T18:00',
  end: '2025-05-01T20:00',
  timeZone: 'Europe/Lisbon',
});

const groupsByUser: Record<string, string[]> = {
  'user:default/manager': ['group:default/community-managers'],
  'user:default/member': ['group:default/support-team'],
};

const sent: unknown[] = [];
const as = (user: string) => signedInAs(`user:default/${user}`);

describe('calendar routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  let syncIndex: () => Promise<void>;
  let entities = [berlinCall, workshop, blogPost, cancelledMeetup, pastMeetup];

  beforeAll(async () => {
    ({ backend, server, syncIndex } = await startCalendarBackend({
      entities: () => entities,
      groupsByUser,
      notifications: { send: async options => void sent.push(options) },
    }));
  });

  afterAll(async () => {
    await backend?.stop();
  });

  describe('GET /occurrences', () => {
    const december = {
      from: '2026-12-01T00:00:00Z',
      to: '2027-01-01T00:00:00Z',
    };

    it('needs a signed-in user', async () => {
      const res = await request(server)
        .get('/api/calendar/occurrences')
        .query(december);
      expect(res.status).toBe(401);
    });

    it('lists the occurrences of the range', async () => {
      const res = await request(server)
        .get('/api/calendar/occurrences')
        .query(december)
        .set(as('member'));
      expect(res.status).toBe(200);
      expect(
        res.body.occurrences.map((o: { localStart: string }) => o.localStart),
      ).toEqual(expect.arrayContaining(['2026-12-03', '2026-12-10T17:00']));
      expect(
        res.body.events['event:default/monthly-community-call'],
      ).toMatchObject({
        title: 'Kestrel community call',
        timeZone: 'Europe/Berlin',
      });
    });

    it('lets other plugins read occurrences with service credentials', async () => {
      const res = await request(server)
        .get('/api/calendar/occurrences')
        .query(december)
        .set('Authorization', mockCredentials.service.header());
      expect(res.status).toBe(200);
      expect(res.body.events['event:default/monthly-community-call']).toBeDefined();
    });

    it('filters by category', async () => {
      const res = await request(server)
        .get('/api/calendar/occurrences')
        .query({ ...december, category: 'content' })
        .set(as('member'));
      expect(Object.keys(res.body.events)).toEqual([
        'event:default/blog-flow-2-5',
      ]);
    });

    it('sends a stored gzip body with an ETag, and 304 when the client has it', async () => {
      // fetch keeps the Content-Encoding header that supertest drops when it unzips
      const url = `http://localhost:${server.port()}/api/calendar/occurrences?${new URLSearchParams(
        december,
      )}`;
      const first = await fetch(url, {
        headers: { ...as('member'), 'Accept-Encoding': 'gzip' },
      });
      expect(first.status).toBe(200);
      expect(first.headers.get('content-encoding')).toBe('gzip');
      expect((await first.json()).occurrences.length).toBeGreaterThan(0);
      const again = await request(server)
        .get('/api/calendar/occurrences')
        .query(december)
        .set(as('member'))
        .set('If-None-Match', first.headers.get('etag')!);
      expect(again.status).toBe(304);
    });

    it.each([
      [{}, /from: .*; to: /],
      [{ from: 'yesterday', to: '2027-01-01T00:00:00Z' }, /from:/],
      [
        { from: '2027-01-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
        /to must be after from/,
      ],
      [
        { from: '2026-01-01T00:00:00Z', to: '2028-01-01T00:00:00Z' },
        /at most 400 days/,
      ],
      [{ ...december, type: 'party' }, /type/],
      [{ ...december, relatedTo: 'not a ref' }, /relatedTo/],
      [{ ...december, colour: 'red' }, /colour|Unrecognized/],
    ])('refuses %j with a message naming the field', async (query, message) => {
      const res = await request(server)
        .get('/api/calendar/occurrences')
        .query(query)
        .set(as('member'));
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });
  });

  describe('GET /events/:namespace/:name', () => {
    it('needs a signed-in user', async () => {
      expect(
        (await request(server).get('/api/calendar/events/default/workshop'))
          .status,
      ).toBe(401);
    });

    it('shows the event with its seats', async () => {
      const res = await request(server)
        .get('/api/calendar/events/default/workshop')
        .set(as('member'));
      expect(res.status).toBe(200);
      expect(res.body.event).toMatchObject({
        entityRef: 'event:default/workshop',
        capacity: 2,
      });
      expect(res.body.registration).toMatchObject({
        capacity: 2,
        seatsLeft: 2,
        open: true,
        mine: { status: 'none' },
      });
      expect(res.body.upcoming).toHaveLength(1);
      expect(res.body.canSeeAttendees).toBe(false);
    });

    it('says 404 for an unknown event', async () => {
      const res = await request(server)
        .get('/api/calendar/events/default/no-such-event')
        .set(as('member'));
      expect(res.status).toBe(404);
    });

    it('serves the event as an iCalendar file', async () => {
      const res = await request(server)
        .get('/api/calendar/events/default/monthly-community-call/ics')
        .set(as('member'));
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const vevent = new ICAL.Component(
        ICAL.parse(res.text),
      ).getFirstSubcomponent('vevent')!;
      expect(vevent.getFirstPropertyValue('uid')).toBe(
        'event-default-monthly-community-call@communityhub.dev',
      );
      expect(String(vevent.getFirstPropertyValue('rrule'))).toBe(
        'FREQ=MONTHLY;BYDAY=2TH',
      );
    });
  });

  describe('registration', () => {
    const registration = '/api/calendar/events/default/workshop/registration';

    it('needs a signed-in user', async () => {
      expect((await request(server).post(registration)).status).toBe(401);
      expect((await request(server).delete(registration)).status).toBe(401);
    });

    it('takes seats, then waitlists, and promotes when a seat frees', async () => {
      const first = await request(server).post(registration).set(as('member'));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({
        seatsLeft: 1,
        mine: { status: 'registered' },
      });

      const again = await request(server).post(registration).set(as('member'));
      expect(again.status).toBe(409);

      await request(server).post(registration).set(as('second')).expect(201);
      const third = await request(server).post(registration).set(as('third'));
      expect(third.body).toMatchObject({
        seatsLeft: 0,
        waitlisted: 1,
        mine: { status: 'waitlisted', waitlistPosition: 1 },
      });

      const cancel = await request(server)
        .delete(registration)
        .set(as('member'));
      expect(cancel.status).toBe(200);
      expect(cancel.body).toMatchObject({
        registered: 2,
        waitlisted: 0,
        mine: { status: 'none' },
      });
      const promoted = await request(server)
        .get('/api/calendar/events/default/workshop')
        .set(as('third'));
      expect(promoted.body.registration.mine.status).toBe('registered');
      expect(sent).toContainEqual(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ['user:default/third'] },
          payload: expect.objectContaining({
            title: 'You have a seat at workshop',
          }),
        }),
      );

      const notRegistered = await request(server)
        .delete(registration)
        .set(as('member'));
      expect(notRegistered.status).toBe(409);

      const mine = await request(server)
        .get('/api/calendar/my/registrations')
        .set(as('third'));
      expect(mine.body.items).toEqual([
        expect.objectContaining({
          eventRef: 'event:default/workshop',
          status: 'registered',
        }),
      ]);
    });

    it('seats the waitlist when the capacity is raised', async () => {
      const waiting = await request(server)
        .post(registration)
        .set(as('fourth'));
      expect(waiting.body.mine).toEqual(
        expect.objectContaining({ status: 'waitlisted', waitlistPosition: 1 }),
      );
      const roomier = { ...workshop, spec: { ...workshop.spec, capacity: 3 } };
      entities = entities.map(e => (e === workshop ? roomier : e));
      await syncIndex();

      const seated = await request(server)
        .get('/api/calendar/events/default/workshop')
        .set(as('fourth'));
      expect(seated.body.registration).toMatchObject({
        capacity: 3,
        seatsLeft: 0,
        mine: { status: 'registered' },
      });
      expect(sent).toContainEqual(
        expect.objectContaining({
          recipients: { type: 'entity', entityRef: ['user:default/fourth'] },
        }),
      );
    });

    it.each([
      ['cancelled-meetup', /cancelled/],
      ['past-meetup', /over/],
      ['blog-flow-2-5', /content item/],
    ])('refuses registration for %s with the reason', async (name, reason) => {
      const res = await request(server)
        .post(`/api/calendar/events/default/${name}/registration`)
        .set(as('member'));
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(reason);
    });

    it('says 404 when registering for an unknown event', async () => {
      const res = await request(server)
        .post('/api/calendar/events/default/nope/registration')
        .set(as('member'));
      expect(res.status).toBe(404);
    });
  });

  describe('GET /events/:namespace/:name/attendees', () => {
    const attendees = '/api/calendar/events/default/workshop/attendees';

    it('needs a signed-in user', async () => {
      expect((await request(server).get(attendees)).status).toBe(401);
    });

    it('refuses people who do not organise the event', async () => {
      const res = await request(server).get(attendees).set(as('member'));
      expect(res.status).toBe(403);
    });

    it.each(['host', 'manager'])('shows the list to the %s', async user => {
      const res = await request(server).get(attendees).set(as(user));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        registered: expect.arrayContaining([
          expect.objectContaining({ userRef: 'user:default/second' }),
        ]),
        waitlisted: [],
      });
      const details = await request(server)
        .get('/api/calendar/events/default/workshop')
        .set(as(user));
      expect(details.body.canSeeAttendees).toBe(true);
    });
  });
});
