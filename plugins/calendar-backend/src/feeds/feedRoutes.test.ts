import { TestBackend } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { FeedTokenWithUrl } from '@community-hub/plugin-calendar-common';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import request from 'supertest';
import { berlinCall, blogPost, eventEntity } from '../__testUtils__/testEvents';
import {
  signedInAs as as,
  startCalendarBackend,
} from '../__testUtils__/startCalendarBackend';

const inDays = (days: number, time: string) =>
  `${DateTime.now()
    .setZone('Europe/Lisbon')
    .plus({ days })
    .toISODate()}T${time}`;

const workshop = eventEntity('workshop', {
  type: 'workshop',
  start: inDays(30, '14:00'),
  end: inDays(30, '18:00'),
  timeZone: 'Europe/Lisbon',
  location: { venue: 'LX Factory' },
  tags: ['connectors'],
});
const meetup = eventEntity('lisbon-meetup', {
  start: inDays(40, '18:00'),
  end: inDays(40, '20:00'),
  timeZone: 'Europe/Lisbon',
  location: { venue: 'Tidewater Cloud' },
});
const cancelledMeetup = eventEntity('cancelled-meetup', {
  start: inDays(10, '18:00'),
  end: inDays(10, '20:00'),
  timeZone: 'Europe/Lisbon',
  status: 'cancelled',
});
const draftHackathon = eventEntity('draft-hackathon', {
  type: 'hackathon',
  start: inDays(60, '09:00'),
  end: inDays(60, '17:00'),
  timeZone: 'Europe/London',
  status: 'draft',
  tags: ['connectors'],
});
const scheduledNewsletter = eventEntity('newsletter', {
  type: 'newsletter',
  publishDate: '2026-12-07',
  contentStatus: 'scheduled',
  packages: ['component:default/kestrel-flow'],
  organisers: undefined,
  status: undefined,
});
const draftPodcast = eventEntity('podcast', {
  type: 'podcast',
  publishDate: '2026-12-10',
  contentStatus: 'draft',
  packages: ['component:default/kestrel-flow'],
  organisers: undefined,
  status: undefined,
});

const uid = (name: string) => `event-default-${name}@communityhub.dev`;

const AMARA = 'user:default/amara.okafor';
const KWAME = 'user:default/kwame.mensah';

function readFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map(vevent => ({
    uid: vevent.getFirstPropertyValue('uid'),
    sequence: Number(vevent.getFirstPropertyValue('sequence')),
    status: vevent.getFirstPropertyValue('status'),
  }));
  return {
    name: calendar.getFirstPropertyValue('x-wr-calname'),
    uids: events.map(e => e.uid).sort(),
    events,
  };
}

describe('feed routes', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];
  let syncIndex: () => Promise<void>;
  let entities: Entity[] = [
    berlinCall,
    workshop,
    meetup,
    cancelledMeetup,
    draftHackathon,
    blogPost,
    scheduledNewsletter,
    draftPodcast,
  ];

  beforeAll(async () => {
    ({ backend, server, syncIndex } = await startCalendarBackend({
      entities: () => entities,
      publicFeed: true,
    }));
  });

  afterAll(async () => {
    await backend?.stop();
  });

  async function subscribe(
    userRef: string,
    feed: object,
  ): Promise<FeedTokenWithUrl> {
    const res = await request(server)
      .post('/api/calendar/feed-tokens')
      .set(as(userRef))
      .send({ feed });
    expect(res.status).toBe(201);
    return res.body;
  }

  /** Fetches a feed as a calendar client does: no Backstage credentials at all. */
  const poll = (url: string) => request(server).get(new URL(url).pathname);

  describe('managing feed tokens', () => {
    it.each([
      ['get', '/api/calendar/feed-tokens'],
      ['post', '/api/calendar/feed-tokens'],
      ['post', '/api/calendar/feed-tokens/some-id/rotate'],
      ['delete', '/api/calendar/feed-tokens/some-id'],
    ] as const)('%s %s needs a signed-in user', async (method, path) => {
      const res = await request(server)
        [method](path)
        .send({ feed: { kind: 'all' } });
      expect(res.status).toBe(401);
    });

    it.each([
      [{}, /feed: must be an object such as/],
      [
        { feed: { kind: 'everything' } },
        /feed\.kind: must be one of all, type, tag, related, mine/,
      ],
      [
        { feed: { kind: 'type', type: 'party' } },
        /feed\.type: must be one of meetup, workshop/,
      ],
      [{ feed: { kind: 'tag', tag: 'two words' } }, /feed\.tag: must be a tag/],
      [
        { feed: { kind: 'related', entityRef: 'kestrel-flow' } },
        /feed\.entityRef: must be an entity ref/,
      ],
      [{ feed: { kind: 'all', colour: 'red' } }, /feed: .*colour/],
    ])('refuses %j with a message naming the field', async (body, message) => {
      const res = await request(server)
        .post('/api/calendar/feed-tokens')
        .set(as(AMARA))
        .send(body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(message);
    });

    it('creates, lists, rotates and revokes one’s own tokens', async () => {
      const created = await subscribe(KWAME, {
        kind: 'related',
        entityRef: 'Component:default/kestrel-flow',
      });
      expect(created.token.feed).toEqual({
        kind: 'related',
        entityRef: 'component:default/kestrel-flow',
      });
      expect(created.url).toMatch(
        /\/api\/calendar\/feeds\/[A-Za-z0-9_-]{43}\.ics$/,
      );

      const listed = await request(server)
        .get('/api/calendar/feed-tokens')
        .set(as(KWAME));
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual({ items: [created.token] });
      expect(JSON.stringify(listed.body)).not.toContain(
        new URL(created.url).pathname.slice(-47, -4),
      );

      // Someone else's token is not found.
      const { id } = created.token;
      expect(
        (
          await request(server)
            .post(`/api/calendar/feed-tokens/${id}/rotate`)
            .set(as(AMARA))
        ).status,
      ).toBe(404);
      expect(
        (
          await request(server)
            .delete(`/api/calendar/feed-tokens/${id}`)
            .set(as(AMARA))
        ).status,
      ).toBe(404);

      const rotated = await request(server)
        .post(`/api/calendar/feed-tokens/${id}/rotate`)
        .set(as(KWAME));
      expect(rotated.status).toBe(200);
      expect(rotated.body.token).toMatchObject({
        id,
        feed: created.token.feed,
      });
      expect(rotated.body.url).not.toBe(created.url);
      expect((await poll(created.url)).status).toBe(404);
      expect((await poll(rotated.body.url)).status).toBe(200);

      const revoked = await request(server)
        .delete(`/api/calendar/feed-tokens/${id}`)
        .set(as(KWAME));
      expect(revoked.status).toBe(204);
      expect((await poll(rotated.body.url)).status).toBe(404);
      expect(
        (await request(server).get('/api/calendar/feed-tokens').set(as(KWAME)))
          .body,
      ).toEqual({ items: [] });
    });
  });

  describe('GET /feeds/:token.ics', () => {
    it('serves the whole calendar without drafts, to a client without credentials', async () => {
      const { url } = await subscribe(AMARA, { kind: 'all' });

      const res = await poll(url);

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers['cache-control']).toBe('private, max-age=300');
      const feed = readFeed(res.text);
      expect(feed.name).toBe('Kestrel community calendar');
      expect(feed.uids).toEqual(
        [
          'monthly-community-call',
          'workshop',
          'lisbon-meetup',
          'cancelled-meetup',
          'blog-flow-2-5',
          'newsletter',
        ]
          .map(uid)
          .sort(),
      );
      expect(
        feed.events.find(e => e.uid === uid('cancelled-meetup'))?.status,
      ).toBe('CANCELLED');
      expect(feed.events.every(e => e.sequence === 0)).toBe(true);
    });

    it('serves one type, one tag, or what relates to an entity', async () => {
      const workshops = await subscribe(AMARA, {
        kind: 'type',
        type: 'workshop',
      });
      const connectors = await subscribe(AMARA, {
        kind: 'tag',
        tag: 'Connectors',
      });
      const flow = await subscribe(AMARA, {
        kind: 'related',
        entityRef: 'component:default/kestrel-flow',
      });

      const byType = readFeed((await poll(workshops.url)).text);
      expect(byType.name).toBe('Kestrel community calendar – workshops');
      expect(byType.uids).toEqual([uid('workshop')]);

      // The draft hackathon has the tag too, but drafts are in no feed.
      expect(readFeed((await poll(connectors.url)).text).uids).toEqual([
        uid('workshop'),
      ]);

      // The call and the newsletter feature kestrel-flow; so does the podcast, but it is a draft.
      expect(readFeed((await poll(flow.url)).text).uids).toEqual(
        [uid('monthly-community-call'), uid('newsletter')].sort(),
      );
    });

    it('serves “mine”: only the events its owner registered for', async () => {
      const { url } = await subscribe(AMARA, { kind: 'mine' });
      await request(server)
        .post('/api/calendar/events/default/workshop/registration')
        .set(as(AMARA))
        .expect(201);
      await request(server)
        .post('/api/calendar/events/default/lisbon-meetup/registration')
        .set(as(KWAME))
        .expect(201);

      const first = readFeed((await poll(url)).text);
      expect(first.name).toBe('Kestrel community calendar – my events');
      expect(first.uids).toEqual([uid('workshop')]);

      // A new registration shows at once, though the index did not change.
      await request(server)
        .post('/api/calendar/events/default/lisbon-meetup/registration')
        .set(as(AMARA))
        .expect(201);
      expect(readFeed((await poll(url)).text).uids).toEqual([
        uid('lisbon-meetup'),
        uid('workshop'),
      ]);
    });

    it('raises SEQUENCE when an event changes', async () => {
      const { url } = await subscribe(AMARA, {
        kind: 'type',
        type: 'community-call',
      });
      expect(readFeed((await poll(url)).text).events).toEqual([
        expect.objectContaining({
          uid: uid('monthly-community-call'),
          sequence: 0,
        }),
      ]);

      entities = entities.map(entity =>
        entity === berlinCall
          ? {
              ...berlinCall,
              spec: {
                ...berlinCall.spec,
                description: 'Now with a roadmap review.',
              },
            }
          : entity,
      );
      await syncIndex();

      expect(readFeed((await poll(url)).text).events).toEqual([
        expect.objectContaining({
          uid: uid('monthly-community-call'),
          sequence: 1,
        }),
      ]);
    });

    it.each([
      ['an unknown token', `/api/calendar/feeds/${'A'.repeat(43)}.ics`],
      ['a malformed token', '/api/calendar/feeds/nonsense.ics'],
      ['a path without .ics', '/api/calendar/feeds/nonsense'],
    ])('says only 404 for %s', async (_what, path) => {
      const res = await request(server).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('No such calendar feed');
    });
  });

  describe('GET /public/community.ics', () => {
    it('serves scheduled and cancelled gatherings and published content to anyone', async () => {
      const res = await request(server).get(
        '/api/calendar/public/community.ics',
      );

      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(readFeed(res.text).uids).toEqual(
        [
          'monthly-community-call',
          'workshop',
          'lisbon-meetup',
          'cancelled-meetup',
          'blog-flow-2-5',
        ]
          .map(uid)
          .sort(),
      );
    });
  });
});

describe('the public feed when it is not enabled', () => {
  let backend: TestBackend;

  beforeAll(async () => {
    ({ backend } = await startCalendarBackend({
      entities: () => [berlinCall, blogPost],
      publicFeed: false,
    }));
  });

  afterAll(async () => {
    await backend?.stop();
  });

  it('says 404', async () => {
    const res = await request(backend.server).get(
      '/api/calendar/public/community.ics',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toBe(
      'The public calendar feed is not enabled',
    );
  });
});
