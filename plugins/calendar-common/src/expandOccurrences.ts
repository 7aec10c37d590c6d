import { EventEntity } from '@community-hub/catalog-common';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';

/** One occurrence of an event, as instants and as the event's own wall time. @public */
export interface Occurrence {
  /** ISO instant in UTC. */
  start: string;
  /** ISO instant in UTC. */
  end: string;
  /** Wall-clock start in the event's zone (`2027-04-08T17:00`), or the date when all-day. */
  localStart: string;
  timeZone: string;
  allDay: boolean;
}

/** The part of the timeline to expand, as instants. @public */
export interface TimeWindow {
  from: Date;
  to: Date;
}

// Stops runaway rules (FREQ=MINUTELY without an end) from hanging a request.
const MAX_ITERATIONS = 10_000;

function localWallTime(time: ICAL.Time, allDay: boolean): string {
  const date = `${time.year}-${String(time.month).padStart(2, '0')}-${String(
    time.day,
  ).padStart(2, '0')}`;
  if (allDay) return date;
  return `${date}T${String(time.hour).padStart(2, '0')}:${String(
    time.minute,
  ).padStart(2, '0')}`;
}

/**
 * Lists the occurrences of a gathering that overlap a window. The RFC 5545
 * rule is expanded in the event's local wall time (so a 17:00 call stays at
 * 17:00 across daylight-saving changes) and each occurrence is then placed on
 * the timeline with the IANA zone; exception dates remove occurrences.
 * Content items and events without a start have no occurrences.
 *
 * @public
 */
export function expandOccurrences(
  event: EventEntity,
  window: TimeWindow,
): Occurrence[] {
  const { start, end, recurrence } = event.spec;
  if (!start || !end) return [];
  const timeZone = event.spec.timeZone ?? 'UTC';
  const allDay = event.spec.allDay === true;

  const firstStart = DateTime.fromISO(start, { zone: timeZone });
  const firstEnd = DateTime.fromISO(end, { zone: timeZone });
  // All-day ends are inclusive dates; the occurrence lasts until the next midnight.
  const length = allDay
    ? { days: Math.round(firstEnd.diff(firstStart, 'days').days) + 1 }
    : { minutes: Math.round(firstEnd.diff(firstStart, 'minutes').minutes) };

  const toOccurrence = (localStart: string): Occurrence => {
    const startsAt = DateTime.fromISO(localStart, { zone: timeZone });
    return {
      start: startsAt.toUTC().toISO()!,
      end: startsAt.plus(length).toUTC().toISO()!,
      localStart,
      timeZone,
      allDay,
    };
  };
  const overlaps = (o: Occurrence) =>
    new Date(o.end) > window.from && new Date(o.start) < window.to;

  if (!recurrence) {
    const only = toOccurrence(start.slice(0, allDay ? 10 : 16));
    return overlaps(only) ? [only] : [];
  }

  const excluded = new Set(
    (recurrence.exdates ?? []).map(d => d.slice(0, allDay ? 10 : 16)),
  );
  const dtstart = ICAL.Time.fromData({
    year: firstStart.year,
    month: firstStart.month,
    day: firstStart.day,
    hour: allDay ? 0 : firstStart.hour,
    minute: allDay ? 0 : firstStart.minute,
    isDate: allDay,
  });
  const iterator = ICAL.Recur.fromString(recurrence.rrule).iterator(dtstart);
  const occurrences: Occurrence[] = [];
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    const next = iterator.next();
    if (!next) break;
    const occurrence = toOccurrence(localWallTime(next, allDay));
    if (new Date(occurrence.start) >= window.to) break;
    if (!excluded.has(occurrence.localStart) && overlaps(occurrence)) {
      occurrences.push(occurrence);
    }
  }
  return occurrences;
}
