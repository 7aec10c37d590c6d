import { EventEntity } from '@community-hub/catalog-common';
import ical, { VEvent } from 'node-ical';
import { buildCalendarFeed } from './buildCalendarFeed';

// node-ical parses with its own code and expands rules with rrule.js, so this
// checks the feed against a second, independent reading of RFC 5545.

const event = (
  name: string,
  spec: Partial<EventEntity['spec']>,
): EventEntity => ({
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name, namespace: 'default', title: name },
  spec: {
    type: 'meetup',
    owner: 'group:default/community-managers',
    organisers: ['user:default/amara.okafor'],
    status: 'scheduled',
    ...spec,
  } as EventEntity['spec'],
});

const feed = buildCalendarFeed({
  name: 'Kestrel',
  now: new Date('2026-11-24T08:00:00Z'),
  events: [
    {
      sequence: 3,
      entity: event('berlin-call', {
        start: '2026-12-10T17:00',
        end: '2026-12-10T18:00',
        timeZone: 'Europe/Berlin',
        recurrence: {
          rrule: 'FREQ=MONTHLY;BYDAY=2TH',
          exdates: ['2027-08-12T17:00'],
        },
      }),
    },
    {
      sequence: 0,
      entity: event('new-york-office-hours', {
        start: '2027-03-03T16:00',
        end: '2027-03-03T16:30',
        timeZone: 'America/New_York',
        recurrence: { rrule: 'FREQ=WEEKLY;COUNT=3' },
      }),
    },
    {
      sequence: 1,
      entity: event('cancelled-meetup', {
        start: '2027-01-12T18:30',
        end: '2027-01-12T21:00',
        timeZone: 'America/New_York',
        status: 'cancelled',
      }),
    },
    {
      sequence: 0,
      entity: event('hackathon', {
        start: '2027-03-06',
        end: '2027-03-07',
        allDay: true,
        timeZone: 'Europe/London',
      }),
    },
  ],
});

const parsed = ical.sync.parseICS(feed);
const vevent = (name: string) =>
  parsed[`event-default-${name}@communityhub.dev`] as VEvent;
const starts = (name: string, from: string, to: string) =>
  ical
    .expandRecurringEvent(vevent(name), {
      from: new Date(from),
      to: new Date(to),
    })
    .map(instance => new Date(instance.start).toISOString());

// node-ical gives dates as local midnight of the process's zone
const calendarDate = (date: Date) =>
  [date.getFullYear(), date.getMonth() + 1, date.getDate()]
    .map(part => String(part).padStart(2, '0'))
    .join('-');

describe('a feed read by an independent parser', () => {
  it('keeps the Berlin call at 17:00 Berlin time across the change to summer time, without the exception', () => {
    expect(
      starts('berlin-call', '2027-03-01T00:00:00Z', '2027-09-30T00:00:00Z'),
    ).toEqual([
      '2027-03-11T16:00:00.000Z',
      '2027-04-08T15:00:00.000Z',
      '2027-05-13T15:00:00.000Z',
      '2027-06-10T15:00:00.000Z',
      '2027-07-08T15:00:00.000Z',
      '2027-09-09T15:00:00.000Z',
    ]);
  });

  it('keeps New York office hours at 16:00 local time across 14 March 2027', () => {
    expect(
      starts(
        'new-york-office-hours',
        '2027-03-01T00:00:00Z',
        '2027-04-01T00:00:00Z',
      ),
    ).toEqual([
      '2027-03-03T21:00:00.000Z',
      '2027-03-10T21:00:00.000Z',
      '2027-03-17T20:00:00.000Z',
    ]);
  });

  it('reads the status, the sequence and an all-day event', () => {
    const cancelled = vevent('cancelled-meetup');
    expect(cancelled.status).toBe('CANCELLED');
    expect(Number(cancelled.sequence)).toBe(1);
    expect(new Date(cancelled.start).toISOString()).toBe(
      '2027-01-12T23:30:00.000Z',
    );

    const hackathon = vevent('hackathon');
    expect(hackathon.datetype).toBe('date');
    expect(calendarDate(hackathon.start)).toBe('2027-03-06');
    // DTEND of an all-day event is exclusive: two days end on the third.
    expect(calendarDate(hackathon.end!)).toBe('2027-03-08');
  });
});
