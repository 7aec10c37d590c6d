import { InputError } from '@backstage/errors';
import { EventEntity } from '@community-hub/catalog-common';
import { ImportResult } from '@community-hub/plugin-calendar-common';
import { parse } from 'yaml';
import { importIcs } from './importIcs';

const ORGANISER = 'user:default/amara.okafor';

const ics = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

const communityEvents = ics([
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Kestrel//Hand written//EN',
  ...BERLIN_VTIMEZONE,
  'BEGIN:VEVENT',
  'UID:workshop-1@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Write your first Kestrel connector',
  'DTSTART;TZID=Europe/Lisbon:20270121T140000',
  'DTEND;TZID=Europe/Lisbon:20270121T170000',
  'LOCATION:LX Factory\\, Lisbon',
  'CATEGORIES:Workshop,Connectors',
  'DESCRIPTION:Hands-on afternoon building a source connector.\\nBring a laptop with Node 22.',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:hackathon-1@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Interop hackathon',
  'DTSTART;VALUE=DATE:20270306',
  'DTEND;VALUE=DATE:20270308',
  'LOCATION:Marlow University',
  'CATEGORIES:HACKATHON',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:release-1@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Release planning',
  'DTSTART:20270203T150000Z',
  'DTEND:20270203T163000Z',
  'LOCATION:Online: https://meet.kestrel-project.org/release',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:call@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Kestrel community call',
  'DTSTART;TZID=Europe/Berlin:20261210T170000',
  'DURATION:PT1H',
  'RRULE:FREQ=MONTHLY;BYDAY=2TH',
  'EXDATE;TZID=Europe/Berlin:20270812T170000',
  'EXDATE:20270211T160000Z',
  'URL:https://meet.kestrel-project.org/community-call',
  'CATEGORIES:Community call',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:call@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'RECURRENCE-ID;TZID=Europe/Berlin:20270114T170000',
  'SUMMARY:Kestrel community call (moved)',
  'DTSTART;TZID=Europe/Berlin:20270114T180000',
  'DTEND;TZID=Europe/Berlin:20270114T190000',
  'END:VEVENT',
  'BEGIN:VTODO',
  'UID:todo-1@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:Book the room',
  'END:VTODO',
  'BEGIN:VEVENT',
  'UID:nyc@kestrel-project.org',
  'DTSTAMP:20261120T090000Z',
  'SUMMARY:New York meetup',
  'DTSTART;TZID=America/New_York:20270112T183000',
  'LOCATION:Tidewater Cloud\\, New York',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'END:VCALENDAR',
]);

const byName = (result: ImportResult) =>
  Object.fromEntries(
    result.drafts.map(draft => [draft.entity.metadata.name, draft]),
  );

describe('importIcs', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importIcs(communityEvents, { ownerRef: ORGANISER });
  });

  it('makes one draft per event, named after its title and start date', () => {
    expect(Object.keys(byName(result))).toEqual([
      'write-your-first-kestrel-connector-2027-01-21',
      'interop-hackathon-2027-03-06',
      'release-planning-2027-02-03',
      'kestrel-community-call-2026-12-10',
      'new-york-meetup-2027-01-12',
    ]);
    for (const draft of result.drafts) {
      expect(draft.problems).toEqual([]);
      expect(draft.entity.metadata.name).toMatch(
        /^[a-z0-9]([-a-z0-9_.]*[a-z0-9])?$/,
      );
    }
  });

  it('reads a time with a TZID as wall time in that zone', () => {
    const draft =
      byName(result)['write-your-first-kestrel-connector-2027-01-21'];
    expect(draft.entity).toEqual({
      apiVersion: 'communityhub.dev/v1alpha1',
      kind: 'Event',
      metadata: {
        name: 'write-your-first-kestrel-connector-2027-01-21',
        title: 'Write your first Kestrel connector',
        description: 'Hands-on afternoon building a source connector.',
        tags: ['connectors'],
      },
      spec: {
        type: 'workshop',
        owner: ORGANISER,
        description:
          'Hands-on afternoon building a source connector.\nBring a laptop with Node 22.',
        start: '2027-01-21T14:00',
        end: '2027-01-21T17:00',
        timeZone: 'Europe/Lisbon',
        location: { venue: 'LX Factory, Lisbon' },
        organisers: [ORGANISER],
        status: 'draft',
      },
    });
    expect(parse(draft.yaml)).toEqual(draft.entity);
    // Quoted, as in community/events, so that no YAML reader takes them for timestamps.
    expect(draft.yaml).toContain("\n  start: '2027-01-21T14:00'\n");
  });

  it('turns the exclusive DTEND of an all-day event into its last day', () => {
    const { spec } = byName(result)['interop-hackathon-2027-03-06'].entity;
    expect(spec).toMatchObject({
      type: 'hackathon',
      allDay: true,
      start: '2027-03-06',
      end: '2027-03-07',
    });
  });

  it('keeps a UTC time in UTC and finds the online link in LOCATION', () => {
    const { spec } = byName(result)['release-planning-2027-02-03'].entity;
    expect(spec).toMatchObject({
      type: 'meetup',
      start: '2027-02-03T15:00',
      end: '2027-02-03T16:30',
      timeZone: 'UTC',
      location: {
        venue: 'Online',
        onlineUrl: 'https://meet.kestrel-project.org/release',
      },
    });
  });

  it('copies the recurrence, with exclusions as wall times in the event’s zone', () => {
    const { spec } = byName(result)['kestrel-community-call-2026-12-10'].entity;
    expect(spec).toMatchObject({
      type: 'community-call',
      start: '2026-12-10T17:00',
      end: '2026-12-10T18:00',
      timeZone: 'Europe/Berlin',
      location: {
        onlineUrl: 'https://meet.kestrel-project.org/community-call',
      },
      // 16:00 UTC on 11 February is 17:00 in Berlin (CET).
      recurrence: {
        rrule: 'FREQ=MONTHLY;BYDAY=2TH',
        exdates: ['2027-08-12T17:00', '2027-02-11T17:00'],
      },
    });
  });

  it('marks a cancelled event cancelled and gives an event without an end one hour', () => {
    const { spec } = byName(result)['new-york-meetup-2027-01-12'].entity;
    expect(spec).toMatchObject({
      status: 'cancelled',
      start: '2027-01-12T18:30',
      end: '2027-01-12T19:30',
      timeZone: 'America/New_York',
      location: { venue: 'Tidewater Cloud, New York' },
    });
  });

  it('skips changed occurrences and to-dos with a reason, but not time zones', () => {
    expect(result.skipped).toEqual([
      {
        summary: 'Kestrel community call (moved)',
        reason: expect.stringMatching(
          /RECURRENCE-ID 2027-01-14T17:00:00.*recurring event/,
        ),
      },
      { summary: 'Book the room', reason: 'A VTODO is not an event' },
    ]);
  });

  it('refuses a file that is not iCalendar', async () => {
    await expect(
      importIcs('Hello, this is a meeting invitation', { ownerRef: ORGANISER }),
    ).rejects.toThrow(InputError);
    await expect(importIcs('', { ownerRef: ORGANISER })).rejects.toThrow(
      'The file is not a valid iCalendar file: it is empty',
    );
    await expect(
      importIcs(ics(['BEGIN:VEVENT', 'SUMMARY:x', 'END:VEVENT']), {
        ownerRef: ORGANISER,
      }),
    ).rejects.toThrow(
      'The file is not a valid iCalendar file: it must begin with BEGIN:VCALENDAR',
    );
    await expect(
      importIcs(
        ics(['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'SUMMARY:x', 'END:VCALENDAR']),
        { ownerRef: ORGANISER },
      ),
    ).rejects.toThrow(/^The file is not a valid iCalendar file: /);
  });

  describe('with less tidy files', () => {
    const calendar = (...events: string[][]) =>
      ics([
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:x',
        ...events.flat(),
        'END:VCALENDAR',
      ]);
    const vevent = (...lines: string[]) => [
      'BEGIN:VEVENT',
      'UID:u',
      'DTSTAMP:20261120T090000Z',
      ...lines,
      'END:VEVENT',
    ];

    it('reads a floating time as UTC and says so', async () => {
      const { drafts } = await importIcs(
        calendar(
          vevent(
            'SUMMARY:Office hours',
            'DTSTART:20270105T100000',
            'LOCATION:Matrix',
          ),
        ),
        { ownerRef: ORGANISER },
      );
      expect(drafts[0].entity.spec).toMatchObject({
        start: '2027-01-05T10:00',
        end: '2027-01-05T11:00',
        timeZone: 'UTC',
      });
      expect(drafts[0].problems).toEqual([
        expect.stringMatching(/floating.*UTC/),
      ]);
    });

    it('reads a floating time in the calendar’s X-WR-TIMEZONE when it names one, and says so', async () => {
      const { drafts } = await importIcs(
        ics([
          'BEGIN:VCALENDAR',
          'VERSION:2.0',
          'PRODID:x',
          'X-WR-TIMEZONE:Europe/Berlin',
          ...vevent(
            'SUMMARY:Office hours',
            'DTSTART:20270105T100000',
            'LOCATION:Matrix',
          ),
          'END:VCALENDAR',
        ]),
        { ownerRef: ORGANISER },
      );
      expect(drafts[0].entity.spec).toMatchObject({
        start: '2027-01-05T10:00',
        timeZone: 'Europe/Berlin',
      });
      expect(drafts[0].problems).toEqual([
        expect.stringMatching(/floating.*Europe\/Berlin/),
      ]);
    });

    it('shortens the first line of a long description for metadata.description', async () => {
      const words = 'Kestrel connectors move data between systems. '.repeat(6);
      const { drafts } = await importIcs(
        calendar(
          vevent(
            'SUMMARY:Connectors',
            'DTSTART;VALUE=DATE:20270105',
            'LOCATION:Here',
            `DESCRIPTION:${words}\\nSecond line.`,
          ),
        ),
        { ownerRef: ORGANISER },
      );
      const { metadata, spec } = drafts[0].entity;
      expect(words.length).toBeGreaterThan(200);
      // Four sentences of 46 characters, then the last whole word before 199.
      expect(metadata.description).toBe(
        `${'Kestrel connectors move data between systems. '.repeat(4)}Kestrel…`,
      );
      expect(metadata.description).toHaveLength(192);
      expect(spec.description).toBe(`${words}\nSecond line.`);
    });

    it('understands Outlook’s zone names and reports missing fields', async () => {
      const { drafts } = await importIcs(
        calendar(
          vevent(
            'SUMMARY:Planning',
            'DTSTART;TZID=W. Europe Standard Time:20270105T100000',
          ),
        ),
        { ownerRef: ORGANISER },
      );
      expect(drafts[0].entity.spec).toMatchObject({
        start: '2027-01-05T10:00',
        timeZone: 'Europe/Berlin',
      });
      expect(drafts[0].problems).toEqual([expect.stringMatching(/location/)]);
    });

    it('keeps names unique and within 63 characters', async () => {
      const title =
        'A very long title for a gathering that goes on and on about connectors';
      const { drafts } = await importIcs(
        calendar(
          vevent(
            `SUMMARY:${title}`,
            'DTSTART;VALUE=DATE:20270105',
            'LOCATION:Here',
          ),
          vevent(
            `SUMMARY:${title}`,
            'DTSTART;VALUE=DATE:20270105',
            'LOCATION:There',
          ),
          vevent(
            'SUMMARY:Café ünd Kuchen!',
            'DTSTART;VALUE=DATE:20270105',
            'LOCATION:There',
          ),
        ),
        { ownerRef: ORGANISER },
      );
      expect(drafts.map(d => d.entity.metadata.name)).toEqual([
        'a-very-long-title-for-a-gathering-that-goes-on-and-2027-01-05',
        'a-very-long-title-for-a-gathering-that-goes-on-and-2027-01-05-2',
        'cafe-und-kuchen-2027-01-05',
      ]);
      for (const draft of drafts) {
        expect(draft.entity.metadata.name.length).toBeLessThanOrEqual(63);
        expect(draft.problems).toEqual([]);
        // An all-day event without DTEND lasts its one day.
        expect((draft.entity as EventEntity).spec).toMatchObject({
          start: '2027-01-05',
          end: '2027-01-05',
        });
      }
    });

    it('skips an event without a start or with an unreadable one', async () => {
      const { drafts, skipped } = await importIcs(
        calendar(
          vevent('SUMMARY:Someday'),
          vevent('SUMMARY:Soon', 'DTSTART:next week'),
        ),
        { ownerRef: ORGANISER },
      );
      expect(drafts).toEqual([]);
      expect(skipped).toEqual([
        { summary: 'Someday', reason: 'It has no start (DTSTART)' },
        {
          summary: 'Soon',
          reason: expect.stringMatching(/^It could not be read: .*date-time/),
        },
      ]);
    });
  });
});
