import { EventEntity } from '@community-hub/catalog-common';
import { expandOccurrences } from '@community-hub/plugin-calendar-common';
import { DateTime } from 'luxon';

/** When an event's occurrences begin and end, in epoch milliseconds; `last` is Infinity for endless rules. */
export interface EventBounds {
  first: number;
  last: number;
}

const NONE: EventBounds = { first: Infinity, last: -Infinity };
const FAR_FUTURE_YEARS = 100;

/** The span of all occurrences, so range queries skip events without expanding them. */
export function eventBounds(entity: EventEntity): EventBounds {
  const { spec } = entity;
  const zone = spec.timeZone ?? 'UTC';
  if (spec.publishDate) {
    const day = DateTime.fromISO(spec.publishDate.slice(0, 10), {
      zone: 'UTC',
    });
    return { first: day.toMillis(), last: day.plus({ days: 1 }).toMillis() };
  }
  if (!spec.start || !spec.end) return NONE;
  const first = DateTime.fromISO(spec.start, { zone }).toMillis();
  if (!spec.recurrence) {
    const end = DateTime.fromISO(spec.end, { zone });
    return {
      first,
      last: (spec.allDay ? end.plus({ days: 1 }) : end).toMillis(),
    };
  }
  if (!/(^|;)(COUNT|UNTIL)=/i.test(spec.recurrence.rrule)) {
    return { first, last: Infinity };
  }
  const all = expandOccurrences(entity, {
    from: new Date(first),
    to: DateTime.fromMillis(first).plus({ years: FAR_FUTURE_YEARS }).toJSDate(),
  });
  return all.length === 0
    ? NONE
    : { first, last: Date.parse(all[all.length - 1].end) };
}
