import { EventEntity } from '@community-hub/catalog-common';
import { expandOccurrences } from './expandOccurrences';

const event = (spec: Partial<EventEntity['spec']>): EventEntity => ({
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Event',
  metadata: { name: 'e', title: 'E' },
  spec: {
    type: 'community-call',
    owner: 'group:default/community-managers',
    status: 'scheduled',
    organisers: ['user:default/amara.okafor'],
    location: { onlineUrl: 'https://meet.example/call' },
    ...spec,
  },
});

const window = (from: string, to: string) => ({
  from: new Date(from),
  to: new Date(to),
});

describe('expandOccurrences', () => {
  // Second Thursday of the month at 17:00 Berlin time. Berlin is UTC+1 until
  // 28 March 2027 (02:00 -> 03:00) and UTC+2 after it, so the call moves from
  // 16:00 UTC to 15:00 UTC while staying at 17:00 for the people in Berlin.
  const monthlyCall = event({
    start: '2026-12-10T17:00',
    end: '2026-12-10T18:00',
    timeZone: 'Europe/Berlin',
    recurrence: {
      rrule: 'FREQ=MONTHLY;BYDAY=2TH',
      exdates: ['2027-08-12T17:00'],
    },
  });

  it('keeps the local time of a monthly call across the daylight-saving change', () => {
    const occurrences = expandOccurrences(
      monthlyCall,
      window('2026-12-01T00:00:00Z', '2027-05-01T00:00:00Z'),
    );
    expect(occurrences.map(o => [o.localStart, o.start, o.end])).toEqual([
      [
        '2026-12-10T17:00',
        '2026-12-10T16:00:00.000Z',
        '2026-12-10T17:00:00.000Z',
      ],
      [
        '2027-01-14T17:00',
        '2027-01-14T16:00:00.000Z',
        '2027-01-14T17:00:00.000Z',
      ],
      [
        '2027-02-11T17:00',
        '2027-02-11T16:00:00.000Z',
        '2027-02-11T17:00:00.000Z',
      ],
      [
        '2027-03-11T17:00',
        '2027-03-11T16:00:00.000Z',
        '2027-03-11T17:00:00.000Z',
      ],
      [
        '2027-04-08T17:00',
        '2027-04-08T15:00:00.000Z',
        '2027-04-08T16:00:00.000Z',
      ],
    ]);
  });

  it('leaves out exception dates', () => {
    const summer = expandOccurrences(
      monthlyCall,
      window('2027-07-01T00:00:00Z', '2027-10-01T00:00:00Z'),
    ).map(o => o.localStart);
    expect(summer).toEqual(['2027-07-08T17:00', '2027-09-09T17:00']);
  });

  it('moves a weekly New York session by an hour in UTC when the US changes clocks', () => {
    // US clocks go forward on 14 March 2027: EST (UTC-5) before, EDT (UTC-4) after.
    const officeHours = event({
      type: 'office-hours',
      start: '2027-03-03T16:00',
      end: '2027-03-03T16:30',
      timeZone: 'America/New_York',
      recurrence: { rrule: 'FREQ=WEEKLY;BYDAY=WE;COUNT=3' },
    });
    expect(
      expandOccurrences(
        officeHours,
        window('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z'),
      ).map(o => [o.localStart, o.start]),
    ).toEqual([
      ['2027-03-03T16:00', '2027-03-03T21:00:00.000Z'],
      ['2027-03-10T16:00', '2027-03-10T21:00:00.000Z'],
      ['2027-03-17T16:00', '2027-03-17T20:00:00.000Z'],
    ]);
  });

  it('places a single all-day event from local midnight to the midnight after its last day', () => {
    const hackathon = event({
      type: 'hackathon',
      allDay: true,
      start: '2027-03-06',
      end: '2027-03-07',
      timeZone: 'Europe/London',
    });
    expect(
      expandOccurrences(
        hackathon,
        window('2027-03-01T00:00:00Z', '2027-04-01T00:00:00Z'),
      ),
    ).toEqual([
      {
        localStart: '2027-03-06',
        start: '2027-03-06T00:00:00.000Z',
        end: '2027-03-08T00:00:00.000Z',
        timeZone: 'Europe/London',
        allDay: true,
      },
    ]);
  });

  it('returns only occurrences that overlap the window', () => {
    const workshop = event({
      type: 'workshop',
      start: '2027-01-21T14:00',
      end: '2027-01-21T17:00',
      timeZone: 'Europe/Lisbon',
    });
    expect(
      expandOccurrences(
        workshop,
        window('2027-02-01T00:00:00Z', '2027-03-01T00:00:00Z'),
      ),
    ).toEqual([]);
    // Overlapping its last hour is enough
    expect(
      expandOccurrences(
        workshop,
        window('2027-01-21T16:30:00Z', '2027-01-22T00:00:00Z'),
      ),
    ).toHaveLength(1);
  });

  it('has no occurrences for content items', () => {
    const newsletter = event({
      type: 'newsletter',
      publishDate: '2026-12-07',
      contentStatus: 'scheduled',
    });
    expect(
      expandOccurrences(
        newsletter,
        window('2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z'),
      ),
    ).toEqual([]);
  });

  it('stops an endless rule at the end of the window', () => {
    const daily = event({
      start: '2026-01-01T09:00',
      end: '2026-01-01T09:15',
      timeZone: 'UTC',
      recurrence: { rrule: 'FREQ=DAILY' },
    });
    expect(
      expandOccurrences(
        daily,
        window('2026-01-01T00:00:00Z', '2026-01-11T00:00:00Z'),
      ),
    ).toHaveLength(10);
  });
});
