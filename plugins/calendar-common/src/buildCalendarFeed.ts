import { stringifyEntityRef } from '@backstage/catalog-model';
import { EventEntity, isContentItem } from '@community-hub/catalog-common';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';

/** One event in a feed, with the revision number calendar clients compare. @public */
export interface FeedEvent {
  entity: EventEntity;
  /** Rises each time the event changes (RFC 5545 SEQUENCE). */
  sequence: number;
}

/** @public */
export interface CalendarFeedOptions {
  /** Shown by calendar clients as the calendar's name. */
  name: string;
  events: FeedEvent[];
  /** DTSTAMP of every event; the time the feed is served. */
  now: Date;
}

const PRODID = '-//Community Hub//Community calendar//EN';

/** A stable UID: the same event keeps it across feeds and changes. */
export function eventUid(entity: EventEntity): string {
  return `${stringifyEntityRef(entity).replace(/[:/]/g, '-')}@communityhub.dev`;
}

const GATHERING_STATUS = {
  draft: 'TENTATIVE',
  scheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
} as const;

function vtimezone(zone: string): ICAL.Component {
  const [block] = [tzlib_get_ical_block(zone)].flat();
  return new ICAL.Component(ICAL.parse(block));
}

function icalDate(date: string): ICAL.Time {
  const [year, month, day] = date.slice(0, 10).split('-').map(Number);
  return ICAL.Time.fromData({ year, month, day, isDate: true });
}

function icalLocalTime(wallTime: string, zone: string): ICAL.Time {
  const t = DateTime.fromISO(wallTime, { zone });
  return ICAL.Time.fromData(
    {
      year: t.year,
      month: t.month,
      day: t.day,
      hour: t.hour,
      minute: t.minute,
      second: 0,
    },
    // The zone object is only a label here; the VTIMEZONE in the feed defines it.
    new ICAL.Timezone({ tzid: zone }),
  );
}

function setTime(
  vevent: ICAL.Component,
  name: string,
  time: ICAL.Time,
  zone?: string,
) {
  const property = new ICAL.Property(name);
  property.setValue(time);
  if (zone) property.setParameter('tzid', zone);
  vevent.addProperty(property);
}

function gatheringTimes(vevent: ICAL.Component, spec: EventEntity['spec']) {
  const zone = spec.timeZone!;
  if (spec.allDay) {
    setTime(vevent, 'dtstart', icalDate(spec.start!));
    // DTEND of an all-day event is the day after its last day
    const after = DateTime.fromISO(spec.end!).plus({ days: 1 }).toISODate()!;
    setTime(vevent, 'dtend', icalDate(after));
  } else {
    setTime(vevent, 'dtstart', icalLocalTime(spec.start!, zone), zone);
    setTime(vevent, 'dtend', icalLocalTime(spec.end!, zone), zone);
  }
  if (spec.recurrence) {
    vevent.addPropertyWithValue(
      'rrule',
      ICAL.Recur.fromString(spec.recurrence.rrule),
    );
    for (const exdate of spec.recurrence.exdates ?? []) {
      setTime(
        vevent,
        'exdate',
        spec.allDay ? icalDate(exdate) : icalLocalTime(exdate, zone),
        spec.allDay ? undefined : zone,
      );
    }
  }
  const { venue, address, onlineUrl } = spec.location ?? {};
  const place = [venue, address].filter(Boolean).join(', ') || onlineUrl;
  if (place) vevent.addPropertyWithValue('location', place);
  if (onlineUrl) vevent.addPropertyWithValue('url', onlineUrl);
  vevent.addPropertyWithValue(
    'status',
    GATHERING_STATUS[spec.status ?? 'scheduled'],
  );
}

function toVevent({ entity, sequence }: FeedEvent, now: Date): ICAL.Component {
  const vevent = new ICAL.Component('vevent');
  vevent.addPropertyWithValue('uid', eventUid(entity));
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(now, true));
  vevent.addPropertyWithValue('sequence', sequence);
  vevent.addPropertyWithValue(
    'summary',
    entity.metadata.title ?? entity.metadata.name,
  );
  const description = entity.spec.description ?? entity.metadata.description;
  if (description) vevent.addPropertyWithValue('description', description);
  const categories = new ICAL.Property('categories');
  categories.setValues([entity.spec.type, ...(entity.spec.tags ?? [])]);
  vevent.addProperty(categories);
  if (isContentItem(entity)) {
    setTime(vevent, 'dtstart', icalDate(entity.spec.publishDate!));
    vevent.addPropertyWithValue('transp', 'TRANSPARENT');
    vevent.addPropertyWithValue(
      'status',
      entity.spec.contentStatus === 'published' ? 'CONFIRMED' : 'TENTATIVE',
    );
  } else {
    gatheringTimes(vevent, entity.spec);
  }
  return vevent;
}

/**
 * Writes an RFC 5545 calendar of the given events: one VTIMEZONE per zone in
 * use, events in their own zone with TZID, RRULE and EXDATE, STATUS:CANCELLED
 * for cancelled ones, stable UIDs and the given SEQUENCE. Content items are
 * all-day entries on their publish date.
 *
 * @public
 */
export function buildCalendarFeed(options: CalendarFeedOptions): string {
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('x-wr-calname', options.name);

  const zones = new Set(
    options.events
      .map(({ entity }) => entity.spec)
      .filter(spec => spec.start && !spec.allDay && spec.timeZone)
      .map(spec => spec.timeZone!),
  );
  for (const zone of [...zones].sort()) {
    calendar.addSubcomponent(vtimezone(zone));
  }
  for (const event of options.events) {
    calendar.addSubcomponent(toVevent(event, options.now));
  }
  // Every content line ends with CRLF, the last one too
  return `${calendar.toString()}\r\n`;
}
