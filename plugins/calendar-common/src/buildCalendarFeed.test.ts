import { EventEntity } from '@community-hub/catalog-common';
import ICAL from 'ical.js';
import { buildCalendarFeed } from './buildCalendarFeed';

const base = {
  apiVersion: 'communityhub.dev/v1alpha1' as const,
  kind: 'Event' as const,
};

const monthlyCall: EventEntity = {
  ...base,
  metadata: {
    name: 'monthly-community-call',
    namespace: 'default',
    title: 'Kestrel community call',
  },
  spec: {
    type: 'community-call',
    owner: 'group:default/community-managers',
    start: '2026-12-10T17:00',
    end: '2026-12-10T18:00',
    timeZone: 'Europe/Berlin',
    location: { onlineUrl: 'https://meet.kestrel-project.org/community-call' },
    recurrence: {
      rrule: 'FREQ=MONTHLY;BYDAY=2TH',
      exdates: ['2027-08-12T17:00'],
    },
    organisers: ['user:default/amara.okafor'],
    status: 'scheduled',
    tags: ['roadmap'],
  },
};

const cancelledMeetup: EventEntity = {
  ...base,
  metadata: {
    name: 'nyc-meetup',
    namespace: 'default',
    title: 'New York meetup',
  },
  spec: {
    type: 'meetup',
    owner: 'group:default/event-organisers',
    start: '2027-01-12T18:30',
    end: '2027-01-12T21:00',
    timeZone: 'America/New_York',
    location: { venue: 'Tidewater Cloud', address: 'New York' },
    organisers: ['user:default/kwame.mensah'],
    status: 'cancelled',
  },
};

const hackathon: EventEntity = {
  ...base,
  metadata: {
    name: 'hackathon',
    namespace: 'default',
    title: 'Interop hackathon',
  },
  spec: {
    type: 'hackathon',
    owner: 'group:default/event-organisers',
    allDay: true,
    start: '2027-03-06',
    end: '2027-03-07',
    timeZone: 'Europe/London',
    location: { venue: 'Marlow University' },
    organisers: ['user:default/aisha.rahman'],
    status: 'scheduled',
  },
};

const newsletter: EventEntity = {
  ...base,
  metadata: {
    name: 'newsletter-2026-12',
    namespace: 'default',
    title: 'Newsletter, December',
  },
  spec: {
    type: 'newsletter',
    owner: 'group:default/community-managers',
    publishDate: '2026-12-07',
    contentStatus: 'scheduled',
  },
};

const feed = buildCalendarFeed({
  name: 'Kestrel community events',
  now: new Date('2026-11-24T12:00:00Z'),
  events: [
    { entity: monthlyCall, sequence: 3 },
    { entity: cancelledMeetup, sequence: 1 },
    { entity: hackathon, sequence: 0 },
    { entity: newsletter, sequence: 0 },
  ],
});
const lines = feed.split('\r\n');
const vevent = (uid: string) => {
  const start = lines.indexOf(`UID:${uid}`);
  return lines.slice(start, lines.indexOf('END:VEVENT', start));
};

describe('buildCalendarFeed', () => {
  it('is an RFC 5545 calendar with one VTIMEZONE per zone in use', () => {
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Community Hub//Community calendar//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'X-WR-CALNAME:Kestrel community events',
    ]);
    expect(lines.filter(l => l.startsWith('TZID:'))).toEqual([
      'TZID:America/New_York',
      'TZID:Europe/Berlin',
    ]);
    expect(lines.filter(l => l === 'BEGIN:VEVENT')).toHaveLength(4);
    expect(lines.slice(-2)).toEqual(['END:VCALENDAR', '']);
  });

  it('writes a recurring event in its own zone with RRULE, EXDATE, a stable UID and SEQUENCE', () => {
    expect(
      vevent('event-default-monthly-community-call@communityhub.dev'),
    ).toEqual(
      expect.arrayContaining([
        'DTSTAMP:20261124T120000Z',
        'SEQUENCE:3',
        'SUMMARY:Kestrel community call',
        'CATEGORIES:community-call,roadmap',
        'DTSTART;TZID=Europe/Berlin:20261210T170000',
        'DTEND;TZID=Europe/Berlin:20261210T180000',
        'RRULE:FREQ=MONTHLY;BYDAY=2TH',
        'EXDATE;TZID=Europe/Berlin:20270812T170000',
        'STATUS:CONFIRMED',
      ]),
    );
  });

  it('marks a cancelled event and gives all-day events exclusive end dates', () => {
    expect(vevent('event-default-nyc-meetup@communityhub.dev')).toEqual(
      expect.arrayContaining([
        'STATUS:CANCELLED',
        'DTSTART;TZID=America/New_York:20270112T183000',
        'LOCATION:Tidewater Cloud\\, New York',
      ]),
    );
    expect(vevent('event-default-hackathon@communityhub.dev')).toEqual(
      expect.arrayContaining([
        'DTSTART;VALUE=DATE:20270306',
        'DTEND;VALUE=DATE:20270308',
      ]),
    );
    expect(vevent('event-default-newsletter-2026-12@communityhub.dev')).toEqual(
      expect.arrayContaining([
        'DTSTART;VALUE=DATE:20261207',
        'STATUS:TENTATIVE',
        'TRANSP:TRANSPARENT',
      ]),
    );
  });

  it('reads back in a calendar client with the right instants across the DST change', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed));
    for (const zone of calendar.getAllSubcomponents('vtimezone')) {
      ICAL.TimezoneService.register(new ICAL.Timezone(zone));
    }
    const call = new ICAL.Event(
      calendar
        .getAllSubcomponents('vevent')
        .find(
          v =>
            v.getFirstPropertyValue('uid') ===
            'event-default-monthly-community-call@communityhub.dev',
        )!,
    );
    const iterator = call.iterator();
    const starts: string[] = [];
    for (
      let next = iterator.next();
      next && starts.length < 5;
      next = iterator.next()
    ) {
      starts.push(next.toJSDate().toISOString());
    }
    // 17:00 in Berlin: UTC+1 in winter, UTC+2 from 28 March 2027
    expect(starts).toEqual([
      '2026-12-10T16:00:00.000Z',
      '2027-01-14T16:00:00.000Z',
      '2027-02-11T16:00:00.000Z',
      '2027-03-11T16:00:00.000Z',
      '2027-04-08T15:00:00.000Z',
    ]);
  });
});
