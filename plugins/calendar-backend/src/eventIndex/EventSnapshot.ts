import { EventEntity } from '@community-hub/catalog-common';
import {
  CalendarEvent,
  CalendarEventSummary,
  CalendarOccurrence,
  expandOccurrences,
  OccurrenceFilter,
  OccurrencesResponse,
} from '@community-hub/plugin-calendar-common';
import { DateTime } from 'luxon';
import { eventBounds, EventBounds } from './eventBounds';
import { StoredEvent } from './EventIndexStore';
import { toCalendarEvent } from './toCalendarEvent';

/** An Event entity as the index holds it. */
export interface IndexedEvent {
  event: CalendarEvent;
  /** What calendar views need of the event. */
  summary: CalendarEventSummary;
  entity: EventEntity;
  bounds: EventBounds;
  /** Every entity ref the event relates to: owner, organisers, speakers, packages, partners. */
  related: ReadonlySet<string>;
}

/** A half-open range of instants. */
export interface Range {
  from: Date;
  to: Date;
}

// Recurring events are expanded one calendar month (UTC) at a time, and each
// month is kept, so neighbouring views and repeated queries reuse the work.
const MAX_CACHED_MONTHS = 50_000;

function monthStarts(range: Range): Date[] {
  const months: Date[] = [];
  let month = DateTime.fromJSDate(range.from, { zone: 'UTC' }).startOf('month');
  while (month.toJSDate() < range.to) {
    months.push(month.toJSDate());
    month = month.plus({ months: 1 });
  }
  return months;
}

function toSummary(event: CalendarEvent): CalendarEventSummary {
  const {
    entityRef,
    title,
    type,
    category,
    status,
    tags,
    packages,
    partners,
    timeZone,
    allDay,
  } = event;
  return {
    entityRef,
    title,
    type,
    category,
    status,
    tags,
    packages,
    partners,
    timeZone,
    allDay,
  };
}

function matches(indexed: IndexedEvent, filter: OccurrenceFilter): boolean {
  const { event } = indexed;
  if (filter.category && event.category !== filter.category) return false;
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.tags?.length && !filter.tags.some(tag => event.tags.includes(tag)))
    return false;
  if (filter.relatedTo && !indexed.related.has(filter.relatedTo)) return false;
  return true;
}

/**
 * An immutable view of the index at one generation: every event with its
 * bounds, ready for range queries.
 */
export class EventSnapshot {
  readonly byRef: ReadonlyMap<string, IndexedEvent>;
  private readonly monthCache = new Map<string, CalendarOccurrence[]>();

  constructor(readonly generation: number, stored: StoredEvent[]) {
    const byRef = new Map<string, IndexedEvent>();
    for (const { entityRef, entity, sequence } of stored) {
      const event = toCalendarEvent(entity, sequence);
      byRef.set(entityRef, {
        event,
        summary: toSummary(event),
        entity,
        bounds: eventBounds(entity),
        related: new Set([
          event.owner,
          ...event.organisers,
          ...event.speakers,
          ...event.packages,
          ...event.partners,
        ]),
      });
    }
    this.byRef = byRef;
  }

  get(entityRef: string): IndexedEvent | undefined {
    return this.byRef.get(entityRef);
  }

  /** Events whose occurrences may overlap the range and that pass the filter. */
  eventsIn(range: Range, filter: OccurrenceFilter = {}): IndexedEvent[] {
    const from = range.from.getTime();
    const to = range.to.getTime();
    const found: IndexedEvent[] = [];
    for (const indexed of this.byRef.values()) {
      if (
        indexed.bounds.first < to &&
        indexed.bounds.last > from &&
        matches(indexed, filter)
      ) {
        found.push(indexed);
      }
    }
    return found;
  }

  occurrences(
    range: Range,
    filter: OccurrenceFilter = {},
  ): OccurrencesResponse {
    const events: Record<string, CalendarEventSummary> = {};
    const occurrences: CalendarOccurrence[] = [];
    for (const indexed of this.eventsIn(range, filter)) {
      const found = this.occurrencesOf(indexed, range);
      if (found.length > 0) {
        events[indexed.event.entityRef] = indexed.summary;
        occurrences.push(...found);
      }
    }
    occurrences.sort(
      (a, b) =>
        a.start.localeCompare(b.start) || a.eventRef.localeCompare(b.eventRef),
    );
    return { events, occurrences };
  }

  /** The occurrences of one event that overlap the range, in order. */
  occurrencesOf(indexed: IndexedEvent, range: Range): CalendarOccurrence[] {
    const { event } = indexed;
    if (!event.recurrence) {
      if (!event.start) return [];
      const only = {
        eventRef: event.entityRef,
        start: new Date(indexed.bounds.first).toISOString(),
        end: new Date(indexed.bounds.last).toISOString(),
        localStart: event.allDay
          ? event.start.slice(0, 10)
          : event.start.slice(0, 16),
      };
      return indexed.bounds.first < range.to.getTime() &&
        indexed.bounds.last > range.from.getTime()
        ? [only]
        : [];
    }
    const seen = new Set<string>();
    const found: CalendarOccurrence[] = [];
    for (const month of monthStarts(range)) {
      for (const occurrence of this.monthOf(indexed, month)) {
        if (seen.has(occurrence.start)) continue;
        seen.add(occurrence.start);
        if (
          new Date(occurrence.end) > range.from &&
          new Date(occurrence.start) < range.to
        ) {
          found.push(occurrence);
        }
      }
    }
    return found.sort((a, b) => a.start.localeCompare(b.start));
  }

  private monthOf(indexed: IndexedEvent, month: Date): CalendarOccurrence[] {
    const key = `${indexed.event.entityRef}@${month.toISOString()}`;
    let cached = this.monthCache.get(key);
    if (!cached) {
      const to = DateTime.fromJSDate(month, { zone: 'UTC' })
        .plus({ months: 1 })
        .toJSDate();
      cached = expandOccurrences(indexed.entity, { from: month, to }).map(
        o => ({
          eventRef: indexed.event.entityRef,
          start: o.start,
          end: o.end,
          localStart: o.localStart,
        }),
      );
      if (this.monthCache.size >= MAX_CACHED_MONTHS) this.monthCache.clear();
      this.monthCache.set(key, cached);
    }
    return cached;
  }
}
