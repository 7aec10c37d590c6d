// Plain calendar dates of the benchmark year, held as UTC midnights so that
// adding days or months never meets a daylight-saving change.

export const YEAR = 2027;
export const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

const pad2 = n => String(n).padStart(2, '0');

/** Day 1 is 1 January of the benchmark year. */
export const dateOfDay = dayOfYear => new Date(Date.UTC(YEAR, 0, dayOfYear));

export const addDays = (date, days) =>
  new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate() + days,
    ),
  );

/** The same day of month, `months` later (days above 28 are not used). */
export const addMonths = (date, months) =>
  new Date(
    Date.UTC(
      date.getUTCFullYear(),
      date.getUTCMonth() + months,
      date.getUTCDate(),
    ),
  );

export const isoDate = date => date.toISOString().slice(0, 10);

/** `YYYY-MM-DDTHH:mm`, the wall time of an Event entity. */
export const wallTime = (date, hour, minute) =>
  `${isoDate(date)}T${pad2(hour)}:${pad2(minute)}`;

/** The n-th (1-4) given weekday of the month `monthOffset` months after `date`'s month. */
export function nthWeekdayOfMonth(date, monthOffset, weekday, n) {
  const first = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + monthOffset, 1),
  );
  const shift = (weekday - first.getUTCDay() + 7) % 7;
  return addDays(first, shift + 7 * (n - 1));
}

/** An RFC 5545 UNTIL at the end of the given day, in UTC. */
export const untilStamp = date => `${isoDate(date).replace(/-/g, '')}T235959Z`;

/** The first instant of a month (0-11) of the benchmark year, and of the month after. */
export function monthRange(monthIndex, offsetMinutes = 0) {
  const from = new Date(Date.UTC(YEAR, monthIndex, 1, 0, offsetMinutes));
  const to = new Date(Date.UTC(YEAR, monthIndex + 1, 1, 0, offsetMinutes));
  const iso = d => d.toISOString().replace('.000Z', 'Z');
  return { from: iso(from), to: iso(to) };
}
