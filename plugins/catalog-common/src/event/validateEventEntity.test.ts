import { EventEntity } from './EventEntity';
import { validateEventEntity } from './validateEventEntity';

const communityCall: EventEntity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name: 'monthly-community-call', title: 'Monthly community call' },
  spec: {
    type: 'community-call',
    owner: 'group:default/community-managers',
    start: '2026-03-12T17:00',
    end: '2026-03-12T18:00',
    timeZone: 'Europe/Berlin',
    location: { onlineUrl: 'https://meet.kestrel-project.org/community-call' },
    recurrence: { rrule: 'FREQ=MONTHLY;BYDAY=2TH', exdates: ['2026-08-13T17:00'] },
    registration: { opens: '2026-02-01T09:00', closes: '2026-03-12T16:00' },
    organisers: ['user:default/amara.okafor', 'group:default/event-organisers'],
    speakers: ['mei.tanaka'],
    packages: ['component:default/kestrel-flow'],
    partners: ['northwind-data'],
    status: 'scheduled',
  },
};

const newsletter: EventEntity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name: 'newsletter-2026-04', title: 'Kestrel newsletter, April 2026' },
  spec: {
    type: 'newsletter',
    owner: 'group:default/community-managers',
    publishDate: '2026-04-01',
    contentStatus: 'scheduled',
  },
};

const withSpec = (base: EventEntity, spec: Record<string, unknown>): EventEntity =>
  ({ ...base, spec: { ...base.spec, ...spec } }) as EventEntity;

describe('validateEventEntity', () => {
  it('accepts a recurring community call and a content item', () => {
    expect(validateEventEntity(communityCall)).toBe(true);
    expect(validateEventEntity(newsletter)).toBe(true);
  });

  it('accepts an all-day event given as dates', () => {
    const hackathon = withSpec(communityCall, {
      type: 'hackathon',
      allDay: true,
      start: '2026-10-03',
      end: '2026-10-04',
      recurrence: undefined,
      registration: undefined,
    });
    expect(validateEventEntity(hackathon)).toBe(true);
  });

  it('ignores other kinds', () => {
    expect(validateEventEntity({ ...communityCall, kind: 'Component' })).toBe(false);
  });

  it.each([
    ['an unknown type', withSpec(communityCall, { type: 'party' }), /^\/spec\/type/],
    ['a made-up time zone', withSpec(communityCall, { timeZone: 'Mars/Olympus' }), /^\/spec\/timeZone/],
    ['a start that is not a date', withSpec(communityCall, { start: '2026-02-30T17:00' }), /^\/spec\/start/],
    ['an end before the start', withSpec(communityCall, { end: '2026-03-12T16:00' }), /^\/spec\/end must be after/],
    ['a date-only start without allDay', withSpec(communityCall, { start: '2026-03-12' }), /^\/spec\/start must be a date and time/],
    [
      // Clocks in Berlin jump from 02:00 to 03:00 on 29 March 2026
      'a time skipped by daylight saving',
      withSpec(communityCall, { start: '2026-03-29T02:30', end: '2026-03-29T04:00' }),
      /^\/spec\/start '2026-03-29T02:30' does not exist in Europe\/Berlin/,
    ],
    ['an exception date that is not a date', withSpec(communityCall, { recurrence: { rrule: 'FREQ=WEEKLY', exdates: ['someday'] } }), /^\/spec\/recurrence\/exdates\/0/],
    ['a rule that is not an RRULE', withSpec(communityCall, { recurrence: { rrule: 'every month' } }), /^\/spec\/recurrence\/rrule/],
    ['a capacity of zero', withSpec(communityCall, { capacity: 0 }), /^\/spec\/capacity/],
    [
      'registration closing before it opens',
      withSpec(communityCall, { registration: { opens: '2026-03-01T09:00', closes: '2026-02-01T09:00' } }),
      /^\/spec\/registration\/closes must be after/,
    ],
    ['no place', withSpec(communityCall, { location: {} }), /^\/spec\/location/],
    ['no organisers', withSpec(communityCall, { organisers: [] }), /^\/spec\/organisers/],
    ['a speaker that is a package', withSpec(communityCall, { speakers: ['component:default/kestrel-flow'] }), /^\/spec\/speakers\/0 must refer to a user or group/],
    ['a partner ref to a group', withSpec(communityCall, { partners: ['group:default/partnerships'] }), /^\/spec\/partners\/0/],
    ['an unknown status', withSpec(communityCall, { status: 'postponed' }), /^\/spec\/status/],
    ['a content item with a start', withSpec(newsletter, { start: '2026-04-01T10:00' }), /^\/spec\/start/],
    ['a content item without a status', withSpec(newsletter, { contentStatus: undefined }), /contentStatus/],
    ['a content item with an impossible date', withSpec(newsletter, { publishDate: '2026-04-31' }), /^\/spec\/publishDate/],
  ])('rejects %s, naming the field', (_case, entity, message) => {
    expect(() => validateEventEntity(JSON.parse(JSON.stringify(entity)))).toThrow(message);
  });
});
