import ICAL from 'ical.js';
import { DateTime, Duration } from 'luxon';
import { ianaZoneOf } from './icsTimeZone';

/** What an iCalendar file says about zones, beyond each time's TZID. */
export interface IcsZones {
  /** The file's VTIMEZONE definitions, by TZID. */
  vtimezones: ReadonlyMap<string, ICAL.Timezone>;
  /** The calendar's X-WR-TIMEZONE, when it names an IANA zone. */
  calendarZone?: string;
}

/** The times of one VEVENT as an Event entity writes them. */
export interface EventTimes {
  allDay: boolean;
  /** `YYYY-MM-DDTHH:mm` in `timeZone`, or `YYYY-MM-DD` when all-day. */
  start: string;
  /** Like `start`; the last day itself when all-day (inclusive). */
  end: string;
  timeZone: string;
  /** Excluded occurrences, written like `start`. */
  exdates: string[];
  /** Things the organiser should check. */
  notes: string[];
}

/** Why a VEVENT cannot become a draft, in words for the organiser. */
export class UnreadableEventError extends Error {}

const WALL_TIME = "yyyy-MM-dd'T'HH:mm";
const DEFAULT_LENGTH = { hours: 1 };

function dateOf(time: ICAL.Time): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`;
}

function isUtc(time: ICAL.Time): boolean {
  return time.zone?.tzid === 'UTC';
}

function checked(time: DateTime, what: string): DateTime {
  if (!time.isValid) {
    throw new UnreadableEventError(`Its ${what} is not a valid date or time`);
  }
  return time;
}

function wallTimeIn(time: ICAL.Time, zone: string, what: string): DateTime {
  const { year, month, day, hour, minute } = time;
  try {
    return checked(
      DateTime.fromObject({ year, month, day, hour, minute }, { zone }),
      what,
    );
  } catch {
    throw new UnreadableEventError(`Its ${what} is not a valid date or time`);
  }
}

function dayOf(time: ICAL.Time, what: string): string {
  const date = dateOf(time);
  checked(DateTime.fromISO(date, { zone: 'UTC' }), what);
  return date;
}

/** Reads one date-time value as an instant, following its TZID (or `floatingZone` without one). */
function readInstant(
  property: ICAL.Property,
  time: ICAL.Time,
  floatingZone: string,
  zones: IcsZones,
  notes: Set<string>,
): DateTime {
  const what = property.name.toUpperCase();
  if (isUtc(time)) return wallTimeIn(time, 'UTC', what);
  const tzid = property.getParameter('tzid') as string | undefined;
  if (!tzid) return wallTimeIn(time, floatingZone, what);
  const zone = ianaZoneOf(tzid);
  if (zone) return wallTimeIn(time, zone, what);
  const vtimezone = zones.vtimezones.get(tzid);
  if (vtimezone) {
    notes.add(
      `The time zone '${tzid}' is not an IANA zone; its times were converted to UTC: set spec.timeZone and the times by hand`,
    );
    const zoned = time.clone();
    zoned.zone = vtimezone;
    return wallTimeIn(
      zoned.convertToZone(ICAL.Timezone.utcTimezone),
      'UTC',
      what,
    );
  }
  notes.add(
    `The time zone '${tzid}' is not defined in the file; its times were read as UTC`,
  );
  return wallTimeIn(time, 'UTC', what);
}

function durationOf(
  vevent: ICAL.Component,
  notes: Set<string>,
): Duration | undefined {
  const value = vevent.getFirstPropertyValue('duration');
  if (!(value instanceof ICAL.Duration)) return undefined;
  if (value.isNegative) {
    notes.add('DURATION is negative; it was ignored');
    return undefined;
  }
  const { weeks, days, hours, minutes, seconds } = value;
  return Duration.fromObject({ weeks, days, hours, minutes, seconds });
}

function exdateValues(
  vevent: ICAL.Component,
): { property: ICAL.Property; time: ICAL.Time }[] {
  return vevent.getAllProperties('exdate').flatMap(property =>
    property
      .getValues()
      .filter((time): time is ICAL.Time => time instanceof ICAL.Time)
      .map(time => ({ property, time })),
  );
}

function allDayTimes(
  vevent: ICAL.Component,
  start: ICAL.Time,
  zones: IcsZones,
  notes: Set<string>,
): EventTimes {
  const first = DateTime.fromISO(dayOf(start, 'DTSTART'), { zone: 'UTC' });
  let last = first;
  const dtend = vevent.getFirstPropertyValue('dtend');
  if (dtend instanceof ICAL.Time) {
    // DTEND of an all-day event is the day after its last day.
    const after = DateTime.fromISO(dayOf(dtend, 'DTEND'), { zone: 'UTC' });
    last = after.minus({ days: dtend.isDate ? 1 : 0 });
  } else {
    const duration = durationOf(vevent, notes);
    const days = duration ? Math.floor(duration.as('days')) : 0;
    if (days > 1) last = first.plus({ days: days - 1 });
  }
  if (last < first) last = first;
  return {
    allDay: true,
    start: first.toISODate()!,
    end: last.toISODate()!,
    timeZone: zones.calendarZone ?? 'UTC',
    exdates: exdateValues(vevent).map(({ time }) => dayOf(time, 'EXDATE')),
    notes: [...notes],
  };
}

function timedTimes(
  vevent: ICAL.Component,
  property: ICAL.Property,
  startTime: ICAL.Time,
  zones: IcsZones,
  notes: Set<string>,
): EventTimes {
  const floating = !isUtc(startTime) && !property.getParameter('tzid');
  if (floating) {
    notes.add(
      zones.calendarZone
        ? `DTSTART has no time zone (a floating time); it was read in the calendar's zone ${zones.calendarZone}`
        : 'DTSTART has no time zone (a floating time); it was read as UTC: set spec.timeZone',
    );
  }
  const start = readInstant(
    property,
    startTime,
    zones.calendarZone ?? 'UTC',
    zones,
    notes,
  );
  const zone = start.zoneName ?? 'UTC';

  let end: DateTime | undefined;
  const dtend = vevent.getFirstProperty('dtend');
  const dtendTime = dtend?.getFirstValue();
  if (dtend && dtendTime instanceof ICAL.Time && !dtendTime.isDate) {
    end = readInstant(dtend, dtendTime, zone, zones, notes);
  } else {
    const duration = durationOf(vevent, notes);
    end = start.plus(duration ?? DEFAULT_LENGTH);
  }

  return {
    allDay: false,
    start: start.toFormat(WALL_TIME),
    end: end.setZone(zone).toFormat(WALL_TIME),
    timeZone: zone,
    exdates: exdateValues(vevent).map(({ property: exdate, time }) =>
      time.isDate
        ? `${dayOf(time, 'EXDATE')}T${start.toFormat('HH:mm')}`
        : readInstant(exdate, time, zone, zones, notes)
            .setZone(zone)
            .toFormat(WALL_TIME),
    ),
    notes: [...notes],
  };
}

/**
 * Reads DTSTART, DTEND (or DURATION) and EXDATE of a VEVENT as wall times in
 * the event's own zone: the zone of DTSTART's TZID, `UTC` for UTC times. An
 * all-day event's exclusive DTEND becomes its inclusive last day. Without
 * DTEND or DURATION a timed event lasts an hour and an all-day one a day.
 *
 * @throws UnreadableEventError when DTSTART is missing or a time is not a date.
 */
export function readEventTimes(
  vevent: ICAL.Component,
  zones: IcsZones,
): EventTimes {
  const property = vevent.getFirstProperty('dtstart');
  const start = property?.getFirstValue();
  if (!property || !(start instanceof ICAL.Time)) {
    throw new UnreadableEventError('It has no start (DTSTART)');
  }
  const notes = new Set<string>();
  return start.isDate
    ? allDayTimes(vevent, start, zones, notes)
    : timedTimes(vevent, property, start, zones, notes);
}
