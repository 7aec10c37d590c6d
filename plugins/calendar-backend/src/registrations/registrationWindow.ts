import { RegistrationClosedReason } from '@community-hub/plugin-calendar-common';
import { DateTime } from 'luxon';
import { IndexedEvent } from '../eventIndex/EventSnapshot';

/**
 * Whether an event takes registrations at `now`. Registration opens at
 * `registration.opens` (or at once) and closes at `registration.closes`, or
 * else when a single event starts, or when the last occurrence of a series
 * ends. Drafts, cancelled events and content items take none.
 */
export function registrationWindow(
  indexed: IndexedEvent,
  now: Date,
): { open: true } | { open: false; reason: RegistrationClosedReason } {
  const { event, bounds } = indexed;
  if (event.category === 'content')
    return { open: false, reason: 'not-a-gathering' };
  if (event.status === 'cancelled') return { open: false, reason: 'cancelled' };
  if (event.status === 'draft') return { open: false, reason: 'draft' };

  const at = (wallTime: string) =>
    DateTime.fromISO(wallTime, { zone: event.timeZone }).toMillis();
  const time = now.getTime();
  if (time >= bounds.last) return { open: false, reason: 'ended' };
  const { opens, closes } = event.registration ?? {};
  if (opens && time < at(opens)) return { open: false, reason: 'not-yet-open' };
  let closesAt = event.recurrence ? bounds.last : bounds.first;
  if (closes) closesAt = at(closes);
  if (time >= closesAt) return { open: false, reason: 'closed' };
  return { open: true };
}

const REASONS: Record<RegistrationClosedReason, string> = {
  draft: 'the event is still a draft',
  cancelled: 'the event was cancelled',
  'not-yet-open': 'registration has not opened yet',
  closed: 'registration has closed',
  ended: 'the event is over',
  'not-a-gathering': 'it is a content item, not a gathering',
};

/** The reason in words, for error messages. */
export function describeClosedReason(reason: RegistrationClosedReason): string {
  return REASONS[reason];
}
