import type {
  CalendarEventSummary,
  CalendarOccurrence,
  OccurrencesResponse,
} from '@community-hub/plugin-calendar-common';
import {
  testContext,
  testGroup,
  testPackage,
  testPartner,
} from '../../__testUtils__/testEntities';
import { createCalendarProvider } from './createCalendarProvider';

const FLOW = 'component:default/kestrel-flow';
const NIMBUS = 'partner:default/nimbus-cloud';

function event(
  name: string,
  more: Partial<CalendarEventSummary> = {},
): CalendarEventSummary {
  return {
    entityRef: `event:default/${name}`,
    title: name,
    type: 'meetup',
    category: 'gathering',
    status: 'scheduled',
    tags: [],
    packages: [],
    partners: [],
    timeZone: 'UTC',
    allDay: false,
    ...more,
  };
}

const occurrence = (
  name: string,
  start: string,
  hours = 2,
): CalendarOccurrence => ({
  eventRef: `event:default/${name}`,
  start,
  end: new Date(Date.parse(start) + hours * 3_600_000).toISOString(),
  localStart: start.slice(0, 16),
});

// The run is at 2026-11-24T03:00Z; the window starts 2026-08-26T03:00Z.
const calendarAnswer: OccurrencesResponse = {
  events: {
    'event:default/flow-call': event('flow-call', {
      type: 'community-call',
      packages: [FLOW],
    }),
    'event:default/flow-meetup': event('flow-meetup', {
      packages: ['Component:default/kestrel-flow'],
      partners: [NIMBUS],
    }),
    'event:default/nimbus-workshop': event('nimbus-workshop', {
      type: 'workshop',
      partners: [NIMBUS],
    }),
    'event:default/cancelled': event('cancelled', {
      status: 'cancelled',
      packages: [FLOW],
    }),
    'event:default/flow-blog': event('flow-blog', {
      type: 'blog-post',
      category: 'content',
      status: 'published',
      packages: [FLOW],
    }),
  },
  occurrences: [
    // Starts before the window: not counted
    occurrence('flow-call', '2026-08-26T02:00:00.000Z'),
    occurrence('flow-call', '2026-09-01T15:00:00.000Z'),
    occurrence('flow-call', '2026-10-06T15:00:00.000Z'),
    occurrence('flow-meetup', '2026-10-20T17:00:00.000Z'),
    occurrence('nimbus-workshop', '2026-11-10T09:00:00.000Z'),
    occurrence('cancelled', '2026-11-01T17:00:00.000Z'),
    occurrence('flow-blog', '2026-11-02T00:00:00.000Z'),
    // Still going on at the time of the run: not held yet
    occurrence('flow-call', '2026-11-24T02:00:00.000Z'),
  ],
};

const byMetric = (
  values:
    | { metricId: string; value: number | null; note?: string }[]
    | undefined,
) =>
  Object.fromEntries(
    (values ?? []).map(v => [v.metricId, v.note ? [v.value, v.note] : v.value]),
  );

describe('calendar metrics', () => {
  const flow = testPackage('kestrel-flow');
  const lint = testPackage('kestrel-lint');
  const nimbus = testPartner('nimbus-cloud');
  const team = testGroup('core-maintainers');

  it('counts held events, speakers and co-hosted events with one query for a run', async () => {
    const ranges: unknown[] = [];
    const speakerLookups: string[][] = [];
    const provider = createCalendarProvider({
      calendar: {
        async getOccurrences(range) {
          ranges.push(range);
          return calendarAnswer;
        },
      },
      async speakersOf(refs) {
        speakerLookups.push(refs);
        return new Map([
          ['event:default/flow-call', ['user:default/mei.tanaka']],
          [
            'event:default/flow-meetup',
            ['user:default/mei.tanaka', 'user:default/ana.silva'],
          ],
          ['event:default/nimbus-workshop', ['user:default/sam.lee']],
        ]);
      },
    });
    const context = testContext([]);

    const first = await provider.compute([flow, team], context);
    const second = await provider.compute([lint, nimbus], context);

    expect(ranges).toEqual([
      { from: '2026-08-26T03:00:00.000Z', to: '2026-11-24T03:00:00.000Z' },
    ]);
    expect(speakerLookups).toEqual([
      [
        'event:default/flow-call',
        'event:default/flow-meetup',
        'event:default/nimbus-workshop',
      ],
    ]);
    // kestrel-flow: the call held twice in the window plus the meetup = 3;
    // speakers mei and ana = 2; the meetup has a partner = 1 co-hosted
    expect(byMetric(first.get(FLOW))).toEqual({
      'calendar.events-held': 3,
      'calendar.registrations': [
        null,
        'the calendar API gives other plugins no registration counts',
      ],
      'calendar.distinct-speakers': 2,
      'calendar.partner-cohosted-events': 1,
    });
    // Groups get nothing from the calendar
    expect(first.has('group:default/core-maintainers')).toBe(false);
    expect(
      byMetric(second.get('component:default/kestrel-lint')),
    ).toMatchObject({
      'calendar.events-held': 0,
      'calendar.distinct-speakers': 0,
      'calendar.partner-cohosted-events': 0,
    });
    // nimbus-cloud: the meetup and the workshop; speakers mei, ana and sam
    expect(byMetric(second.get(NIMBUS))).toMatchObject({
      'calendar.events-held': 2,
      'calendar.distinct-speakers': 3,
      'calendar.partner-cohosted-events': 2,
    });
  });

  it('leaves the values missing, with a note, when the calendar refuses', async () => {
    const provider = createCalendarProvider({
      calendar: {
        async getOccurrences() {
          throw new Error('Request failed with 403 Forbidden');
        },
      },
      speakersOf: async () => new Map(),
    });

    const values = await provider.compute([flow], testContext([]));

    const note =
      'the calendar API call failed: Request failed with 403 Forbidden';
    expect(byMetric(values.get(FLOW))).toEqual({
      'calendar.events-held': [null, note],
      'calendar.registrations': [null, note],
      'calendar.distinct-speakers': [null, note],
      'calendar.partner-cohosted-events': [null, note],
    });
  });

  it('keeps the counts when only the speakers cannot be read', async () => {
    const provider = createCalendarProvider({
      calendar: { getOccurrences: async () => calendarAnswer },
      speakersOf: async () => {
        throw new Error('catalog timeout');
      },
    });

    const values = await provider.compute([flow], testContext([]));

    expect(byMetric(values.get(FLOW))).toMatchObject({
      'calendar.events-held': 3,
      'calendar.distinct-speakers': [
        null,
        'the speakers could not be read from the catalog: catalog timeout',
      ],
    });
  });
});
