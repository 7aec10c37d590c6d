import { DateTime, IANAZone } from 'luxon';
import { Problem } from './problems';

/** The date and time fields of an Event form. */
export interface TimeFields {
  start?: string | null;
  end?: string | null;
  timeZone?: string | null;
  allDay?: boolean | null;
  publishDate?: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const HAS_OFFSET = /T.*(Z|[+-]\d{2}(:?\d{2})?)$/i;

const present = (value: string | null | undefined): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Reads a date (`2026-03-12`) or a wall-clock time (`2026-03-12T17:00`) in
 * `zone`; reports a date that does not exist, or a time skipped by a
 * daylight-saving change.
 */
function readTime(
  parameter: string,
  value: string,
  zone: string,
  problems: Problem[],
): DateTime | undefined {
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) {
    problems.push({
      parameter,
      message: `'${value}' is not a real date or time (YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
    });
    return undefined;
  }
  if (!DATE.test(value) && !HAS_OFFSET.test(value)) {
    const asWritten = parsed.toFormat("yyyy-MM-dd'T'HH:mm");
    if (asWritten !== value.slice(0, 16)) {
      problems.push({
        parameter,
        message: `'${value}' does not exist in ${zone} (the clocks skip it for daylight saving)`,
      });
      return undefined;
    }
  }
  return parsed;
}

/**
 * Checks an event's times: a real IANA zone, real dates, dates for all-day
 * events and times otherwise, and an end after the start (on or after it for
 * all-day events). Reports each problem under its form parameter.
 */
export function checkTimes(fields: TimeFields, problems: Problem[]): void {
  let zone = 'UTC';
  if (present(fields.timeZone)) {
    if (IANAZone.isValidZone(fields.timeZone)) {
      zone = fields.timeZone;
    } else {
      problems.push({
        parameter: 'timeZone',
        message: `'${fields.timeZone}' is not an IANA time zone (for example Europe/Berlin or America/New_York)`,
      });
    }
  }

  const allDay = fields.allDay === true;
  const read = (parameter: 'start' | 'end') => {
    const value = fields[parameter];
    if (!present(value)) {
      return undefined;
    }
    if (allDay && !DATE.test(value)) {
      problems.push({
        parameter,
        message: `an all-day event ${parameter}s on a date (YYYY-MM-DD), got '${value}'`,
      });
      return undefined;
    }
    if (!allDay && DATE.test(value)) {
      problems.push({
        parameter,
        message: `needs a time as well (YYYY-MM-DDTHH:mm), or make the event all-day; got '${value}'`,
      });
      return undefined;
    }
    return readTime(parameter, value, zone, problems);
  };
  const start = read('start');
  const end = read('end');
  if (start && end) {
    if (allDay ? end < start : end <= start) {
      problems.push({
        parameter: 'end',
        message: allDay
          ? `must be on or after the start (${fields.start}), got '${fields.end}'`
          : `must be after the start (${fields.start}), got '${fields.end}'`,
      });
    }
  }

  if (present(fields.publishDate)) {
    readTime('publishDate', fields.publishDate, zone, problems);
  }
}
