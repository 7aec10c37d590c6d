import { DateTime } from 'luxon';

const DAY = 'ccc d LLL yyyy';
const TIME = 'HH:mm';

/** The IANA time zone of the person reading the page. */
export function readerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

function at(iso: string, zone: string): DateTime {
  return DateTime.fromISO(iso, { zone }).setLocale('en-GB');
}

/** An instant as a day and time in a zone: "Thu 10 Dec 2026, 17:00". */
export function formatInstant(iso: string, zone: string): string {
  return at(iso, zone).toFormat(`${DAY}, ${TIME}`);
}

/** A wall-clock time or date of an event's own zone as written: "Tue 1 Dec 2026, 09:00". */
export function formatWallTime(wallTime: string, zone: string): string {
  const time = at(wallTime, zone);
  return wallTime.length <= 10
    ? time.toFormat(DAY)
    : time.toFormat(`${DAY}, ${TIME}`);
}

/** A date: "Tue 15 Dec 2026". */
export function formatDate(date: string): string {
  return at(date.slice(0, 10), 'UTC').toFormat(DAY);
}

/** The shape of an occurrence the formatters need. */
export interface TimeSpan {
  /** ISO instant. */
  start: string;
  /** ISO instant, exclusive. */
  end: string;
  /** Wall time, or the date when all-day. */
  localStart: string;
}

/**
 * When an occurrence happens, in the given zone: "Thu 10 Dec 2026, 17:00–18:00",
 * "Thu 31 Dec 2026, 23:00 – Fri 1 Jan 2027, 01:00", or for all-day occurrences
 * the dates as the event's own zone has them: "Sat 6 Mar – Sun 7 Mar 2027".
 */
export function formatSpan(
  span: TimeSpan,
  options: { allDay: boolean; zone: string; eventZone: string },
): string {
  if (options.allDay) {
    const first = at(span.localStart.slice(0, 10), options.eventZone);
    const last = at(span.end, options.eventZone)
      .minus({ days: 1 })
      .startOf('day');
    if (last <= first) return first.toFormat(DAY);
    const firstFormat = first.year === last.year ? 'ccc d LLL' : DAY;
    return `${first.toFormat(firstFormat)} – ${last.toFormat(DAY)}`;
  }
  const start = at(span.start, options.zone);
  const end = at(span.end, options.zone);
  if (start.hasSame(end, 'day')) {
    return `${start.toFormat(DAY)}, ${start.toFormat(TIME)}–${end.toFormat(
      TIME,
    )}`;
  }
  return `${start.toFormat(`${DAY}, ${TIME}`)} – ${end.toFormat(
    `${DAY}, ${TIME}`,
  )}`;
}

/** The exclusive end date of an all-day occurrence, as the event's own zone counts days. */
export function allDayEndDate(endInstant: string, eventZone: string): string {
  return (
    DateTime.fromISO(endInstant, { zone: eventZone }).toISODate() ??
    endInstant.slice(0, 10)
  );
}
