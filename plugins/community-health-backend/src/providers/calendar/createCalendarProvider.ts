import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { MetricValue } from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import type {
  CalendarApi,
  CalendarEventSummary,
  CalendarOccurrence,
} from '@community-hub/plugin-calendar-common';
import { refOf } from '../../catalog/entityFacts';
import { calendarMetricDefinitions } from './calendarMetricDefinitions';

/** What the provider asks of the calendar API. */
export type OccurrenceSource = Pick<CalendarApi, 'getOccurrences'>;

/** The speakers of Event entities, by lower-cased event ref (one catalog request). */
export type SpeakerLookup = (
  eventRefs: string[],
) => Promise<Map<string, string[]>>;

const VERSION = '1';
const REGISTRATIONS_NOTE =
  'the calendar API gives other plugins no registration counts';

type HeldEvent = { event: CalendarEventSummary; occurrences: number };

type CalendarData =
  | {
      ok: true;
      /** Held events by lower-cased package or partner ref. */
      byEntity: Map<string, HeldEvent[]>;
      speakers: Map<string, string[]> | undefined;
      speakersNote?: string;
    }
  | { ok: false; note: string };

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

function isHeld(
  occurrence: CalendarOccurrence,
  event: CalendarEventSummary | undefined,
  window: { from: Date; to: Date },
): event is CalendarEventSummary {
  return (
    event !== undefined &&
    event.category === 'gathering' &&
    event.status === 'scheduled' &&
    Date.parse(occurrence.start) >= window.from.getTime() &&
    Date.parse(occurrence.end) <= window.to.getTime()
  );
}

/**
 * The `calendar` metric provider: events held, distinct speakers and
 * partner co-hosted events of packages and partners, from one occurrence
 * query over the window per run (and one catalog request for the speakers
 * of the events held). Registrations are not available to other plugins
 * and stay missing. If the calendar cannot be reached the values are
 * missing, with a note; the run goes on.
 */
export function createCalendarProvider(options: {
  calendar: OccurrenceSource;
  speakersOf: SpeakerLookup;
}): MetricProvider {
  const runs = new WeakMap<MetricContext, Promise<CalendarData>>();

  async function load(context: MetricContext): Promise<CalendarData> {
    const window = {
      from: new Date(context.now.getTime() - context.windowDays * 86_400_000),
      to: context.now,
    };
    let byEvent: Map<string, HeldEvent>;
    try {
      const { events, occurrences } = await options.calendar.getOccurrences({
        from: window.from.toISOString(),
        to: window.to.toISOString(),
      });
      byEvent = new Map();
      for (const occurrence of occurrences) {
        const event = events[occurrence.eventRef];
        if (!isHeld(occurrence, event, window)) continue;
        const held = byEvent.get(event.entityRef) ?? { event, occurrences: 0 };
        held.occurrences += 1;
        byEvent.set(event.entityRef, held);
      }
    } catch (error) {
      context.logger.warn(
        `Calendar metrics are missing from this computation: ${error}`,
      );
      return {
        ok: false,
        note: `the calendar API call failed: ${(error as Error).message}`,
      };
    }
    const byEntity = new Map<string, HeldEvent[]>();
    for (const held of byEvent.values()) {
      const related = new Set(
        [...held.event.packages, ...held.event.partners].map(lower),
      );
      for (const ref of related) {
        byEntity.set(ref, [...(byEntity.get(ref) ?? []), held]);
      }
    }
    try {
      const speakers = await options.speakersOf([...byEvent.keys()]);
      return { ok: true, byEntity, speakers };
    } catch (error) {
      return {
        ok: true,
        byEntity,
        speakers: undefined,
        speakersNote: `the speakers could not be read from the catalog: ${
          (error as Error).message
        }`,
      };
    }
  }

  function dataFor(context: MetricContext): Promise<CalendarData> {
    let data = runs.get(context);
    if (!data) {
      data = load(context);
      runs.set(context, data);
    }
    return data;
  }

  function valuesOf(entity: Entity, data: CalendarData): MetricValue[] {
    const metric = (id: string, value: number | null, note?: string) =>
      note === undefined
        ? { metricId: id, version: VERSION, value }
        : { metricId: id, version: VERSION, value, note };
    if (!data.ok) {
      return calendarMetricDefinitions.map(d => metric(d.id, null, data.note));
    }
    const ref = refOf(entity);
    const held = data.byEntity.get(ref) ?? [];
    const count = (events: HeldEvent[]) =>
      events.reduce((total, e) => total + e.occurrences, 0);
    const isPartner = entity.kind.toLocaleLowerCase('en-US') === 'partner';
    const cohosted = isPartner
      ? held
      : held.filter(e => e.event.partners.length > 0);
    const speakers = data.speakers
      ? metric(
          'calendar.distinct-speakers',
          new Set(
            held.flatMap(
              e => data.speakers!.get(lower(e.event.entityRef)) ?? [],
            ),
          ).size,
        )
      : metric('calendar.distinct-speakers', null, data.speakersNote);
    return [
      metric('calendar.events-held', count(held)),
      metric('calendar.registrations', null, REGISTRATIONS_NOTE),
      speakers,
      metric('calendar.partner-cohosted-events', count(cohosted)),
    ];
  }

  return {
    id: 'calendar',
    definitions: calendarMetricDefinitions,
    async compute(entities, context) {
      const relevant = entities.filter(e =>
        ['component', 'partner'].includes(e.kind.toLocaleLowerCase('en-US')),
      );
      const out = new Map<string, MetricValue[]>();
      if (relevant.length === 0) return out;
      const data = await dataFor(context);
      for (const entity of relevant) {
        out.set(stringifyEntityRef(entity), valuesOf(entity, data));
      }
      return out;
    },
  };
}
