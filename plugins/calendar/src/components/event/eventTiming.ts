import { DateTime } from 'luxon';
import type { EventEntity } from '@community-hub/catalog-common';
import type { TimeSpan } from '../../lib/time';

/** The instant of a wall-clock time in a zone, as an ISO string. */
export function wallTimeToInstant(wallTime: string, zone: string): string {
  return DateTime.fromISO(wallTime, { zone }).toUTC().toISO() ?? wallTime;
}

/**
 * The first (or only) occurrence of a gathering as its spec writes it; all-day
 * ends are inclusive dates, so the span runs to the next midnight.
 */
export function firstSpan(spec: EventEntity['spec']): TimeSpan | undefined {
  if (!spec.start || !spec.end) return undefined;
  const zone = spec.timeZone ?? 'UTC';
  const start = DateTime.fromISO(spec.start, { zone });
  let end = DateTime.fromISO(spec.end, { zone });
  if (spec.allDay) end = end.startOf('day').plus({ days: 1 });
  if (!start.isValid || !end.isValid) return undefined;
  return {
    start: start.toUTC().toISO()!,
    end: end.toUTC().toISO()!,
    localStart: spec.allDay ? spec.start.slice(0, 10) : spec.start.slice(0, 16),
  };
}
