import { TestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { berlinCall } from '../__testUtils__/testEvents';
import {
  signedInAs as as,
  startCalendarBackend,
} from '../__testUtils__/startCalendarBackend';

const ORGANISER = 'user:default/kwame.mensah';
const MEMBER = 'user:default/mei.tanaka';

const meetup = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Kestrel//Hand written//EN',
  'BEGIN:VEVENT',
  'UID:lisbon-meetup@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Lisbon meetup',
  'DTSTART;TZID=Europe/Lisbon:20270218T183000',
  'DTEND;TZID=Europe/Lisbon:20270218T210000',
  'LOCATION:LX Factory',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('POST /import', () => {
  let backend: TestBackend;
  let server: TestBackend['server'];

  beforeAll(async () => {
    ({ backend, server } = await startCalendarBackend({
      entities: () => [berlinCall],
      groupsByUser: { [ORGANISER]: ['group:default/event-organisers'] },
    }));
  });

  afterAll(async () => {
    await backend?.stop();
  });

  const importAs = (
    userRef: string | undefined,
    body: string,
    type = 'text/calendar',
  ) => {
    const req = request(server)
      .post('/api/calendar/import')
      .set('Content-Type', type);
    return (userRef ? req.set(as(userRef)) : req).send(body);
  };

  it('needs a signed-in user', async () => {
    expect((await importAs(undefined, meetup)).status).toBe(401);
  });

  it('is refused to people who do not organise events', async () => {
    const res = await importAs(MEMBER, meetup);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/import events/);
  });

  it.each(['text/calendar', 'text/calendar; charset=utf-8', 'text/plain'])(
    'reads a file sent as %s into drafts owned by the organiser',
    async type => {
      const res = await importAs(ORGANISER, meetup, type);
      expect(res.status).toBe(200);
      expect(res.body.skipped).toEqual([]);
      expect(res.body.drafts).toEqual([
        {
          entity: expect.objectContaining({
            metadata: {
              name: 'lisbon-meetup-2027-02-18',
              title: 'Lisbon meetup',
            },
            spec: expect.objectContaining({
              owner: ORGANISER,
              organisers: [ORGANISER],
              start: '2027-02-18T18:30',
              end: '2027-02-18T21:00',
              timeZone: 'Europe/Lisbon',
              status: 'draft',
            }),
          }),
          yaml: expect.stringContaining('name: lisbon-meetup-2027-02-18'),
          problems: [],
        },
      ]);
    },
  );

  it('refuses a body over 1 MB with 413', async () => {
    const padding = `X-PADDING:${'x'.repeat(70)}\r\n`.repeat(
      Math.ceil((1024 * 1024) / 82) + 10,
    );
    const big = meetup.replace('END:VCALENDAR', `${padding}END:VCALENDAR`);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    const res = await importAs(ORGANISER, big);
    expect(res.status).toBe(413);
  });

  it('refuses a body that is not iCalendar with 400', async () => {
    const res = await importAs(
      ORGANISER,
      'Dear all, the meetup is on Thursday.',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /^The file is not a valid iCalendar file: /,
    );
  });

  it('refuses another content type with 400 and says which one to use', async () => {
    const res = await importAs(
      ORGANISER,
      JSON.stringify({ ics: meetup }),
      'application/json',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(
      /Content-Type text\/calendar, not application\/json/,
    );
  });
});
