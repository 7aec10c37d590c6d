import { EventSnapshot } from './EventSnapshot';
import {
  berlinCall,
  blogPost,
  eventEntity,
  workshop,
} from '../__testUtils__/testEvents';

function snapshotOf(...entities: ReturnType<typeof eventEntity>[]) {
  return new EventSnapshot(
    1,
    entities.map((entity, i) => ({
      entityRef: `event:default/${entity.metadata.name}`,
      contentHash: `hash-${i}`,
      sequence: i,
      entity,
    })),
  );
}

const range = (from: string, to: string) => ({
  from: new Date(from),
  to: new Date(to),
});

describe('EventSnapshot', () => {
  const snapshot = snapshotOf(berlinCall, workshop, blogPost);

  it('places the Berlin call at 16:00 UTC in winter and 15:00 UTC in summer time', () => {
    const { occurrences, events } = snapshot.occurrences(
      range('2027-03-01T00:00:00Z', '2027-05-01T00:00:00Z'),
    );
    expect(occurrences).toEqual([
      {
        eventRef: 'event:default/monthly-community-call',
        start: '2027-03-11T16:00:00.000Z',
        end: '2027-03-11T17:00:00.000Z',
        localStart: '2027-03-11T17:00',
      },
      {
        eventRef: 'event:default/monthly-community-call',
        start: '2027-04-08T15:00:00.000Z',
        end: '2027-04-08T16:00:00.000Z',
        localStart: '2027-04-08T17:00',
      },
    ]);
    expect(Object.keys(events)).toEqual([
      'event:default/monthly-community-call',
    ]);
  });

  it('leaves out the exception date', () => {
    const { occurrences } = snapshot.occurrences(
      range('2027-07-01T00:00:00Z', '2027-10-01T00:00:00Z'),
    );
    expect(occurrences.map(o => o.localStart)).toEqual([
      '2027-07-08T17:00',
      '2027-09-09T17:00',
    ]);
  });

  it('lists single events and content items of the range in order', () => {
    const { occurrences, events } = snapshot.occurrences(
      range('2026-12-01T00:00:00Z', '2027-02-01T00:00:00Z'),
    );
    expect(
      occurrences.map(o => `${o.eventRef.split('/')[1]} ${o.localStart}`),
    ).toEqual([
      'blog-flow-2-5 2026-12-03',
      'monthly-community-call 2026-12-10T17:00',
      'monthly-community-call 2027-01-14T17:00',
      'connector-workshop-lisbon 2027-01-20T14:00',
    ]);
    expect(events['event:default/blog-flow-2-5']).toMatchObject({
      category: 'content',
      allDay: true,
      status: 'published',
    });
    expect(events['event:default/connector-workshop-lisbon']).toEqual({
      entityRef: 'event:default/connector-workshop-lisbon',
      title: 'Connector workshop',
      type: 'workshop',
      category: 'gathering',
      status: 'scheduled',
      tags: ['workshop'],
      packages: [],
      partners: ['partner:default/tidewater-cloud'],
      timeZone: 'Europe/Lisbon',
      allDay: false,
    });
    expect(
      snapshot.get('event:default/connector-workshop-lisbon')!.event,
    ).toMatchObject({
      capacity: 20,
      sequence: 1,
    });
  });

  it('filters by type, tag, category and related entity', () => {
    const window = range('2026-12-01T00:00:00Z', '2027-02-01T00:00:00Z');
    const refs = (filter: Parameters<typeof snapshot.occurrences>[1]) =>
      Object.keys(snapshot.occurrences(window, filter).events).sort();
    expect(refs({ types: ['workshop'] })).toEqual([
      'event:default/connector-workshop-lisbon',
    ]);
    expect(refs({ tags: ['community-call'] })).toEqual([
      'event:default/monthly-community-call',
    ]);
    expect(refs({ category: 'content' })).toEqual([
      'event:default/blog-flow-2-5',
    ]);
    expect(refs({ relatedTo: 'partner:default/tidewater-cloud' })).toEqual([
      'event:default/connector-workshop-lisbon',
    ]);
    expect(refs({ relatedTo: 'user:default/amara.okafor' })).toEqual([
      'event:default/connector-workshop-lisbon',
      'event:default/monthly-community-call',
    ]);
  });

  it('returns an occurrence that crosses a month boundary once', () => {
    const lateNight = eventEntity('late-night-hack', {
      start: '2027-01-31T23:30',
      end: '2027-02-01T00:30',
      timeZone: 'UTC',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2' },
    });
    const { occurrences } = snapshotOf(lateNight).occurrences(
      range('2027-01-15T00:00:00Z', '2027-02-15T00:00:00Z'),
    );
    expect(occurrences.map(o => o.start)).toEqual([
      '2027-01-31T23:30:00.000Z',
      '2027-02-07T23:30:00.000Z',
    ]);
  });

  it('knows when a bounded series ends and skips it afterwards', () => {
    const twice = eventEntity('twice', {
      start: '2027-01-05T10:00',
      end: '2027-01-05T11:00',
      timeZone: 'America/New_York',
      recurrence: { rrule: 'FREQ=WEEKLY;COUNT=2' },
    });
    const only = snapshotOf(twice);
    expect(only.get('event:default/twice')!.bounds.last).toBe(
      Date.parse('2027-01-12T16:00:00Z'),
    );
    expect(
      only.eventsIn(range('2027-01-13T00:00:00Z', '2027-02-01T00:00:00Z')),
    ).toEqual([]);
  });
});
