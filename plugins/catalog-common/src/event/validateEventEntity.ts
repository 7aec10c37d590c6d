import { Entity, entityKindSchemaValidator } from '@backstage/catalog-model';
import { DateTime, IANAZone } from 'luxon';
import { checkRefKinds, RefField } from '../refs/checkRefKinds';
import { EventEntity, isContentItem } from './EventEntity';
import { eventEntitySchema } from './eventEntitySchema';

const validateShape = entityKindSchemaValidator<EventEntity>(eventEntitySchema);

const refFields: RefField[] = [
  { field: 'owner', kinds: ['group', 'user'], defaultKind: 'group' },
  { field: 'organisers', kinds: ['user', 'group'], defaultKind: 'user' },
  { field: 'speakers', kinds: ['user', 'group'], defaultKind: 'user' },
  { field: 'packages', kinds: ['component'], defaultKind: 'component' },
  { field: 'partners', kinds: ['partner'], defaultKind: 'partner' },
];

const isDateOnly = (value: string) => !value.includes('T');

/**
 * Reads a wall-clock time in a zone; throws naming the field when it is not
 * a real date, or falls in the hour skipped by a daylight-saving change.
 */
function wallTime(value: string, zone: string, path: string): DateTime {
  const parsed = DateTime.fromISO(value, { zone });
  if (!parsed.isValid) {
    throw new TypeError(`${path} is not a real date or time: '${value}'`);
  }
  const asWritten = isDateOnly(value)
    ? parsed.toISODate()
    : parsed.toFormat("yyyy-MM-dd'T'HH:mm");
  if (asWritten !== value.slice(0, isDateOnly(value) ? 10 : 16)) {
    throw new TypeError(
      `${path} '${value}' does not exist in ${zone} (clocks skip it for daylight saving)`,
    );
  }
  return parsed;
}

function checkGathering(spec: EventEntity['spec']) {
  const zone = spec.timeZone!;
  if (!IANAZone.isValidZone(zone)) {
    throw new TypeError(`/spec/timeZone must be an IANA time zone such as Europe/Berlin, got '${zone}'`);
  }
  const allDay = spec.allDay === true;
  for (const field of ['start', 'end'] as const) {
    if (isDateOnly(spec[field]!) !== allDay) {
      throw new TypeError(
        allDay
          ? `/spec/${field} of an all-day event must be a date (YYYY-MM-DD)`
          : `/spec/${field} must be a date and time (YYYY-MM-DDTHH:mm), or set allDay`,
      );
    }
  }
  const start = wallTime(spec.start!, zone, '/spec/start');
  const end = wallTime(spec.end!, zone, '/spec/end');
  if (allDay ? end < start : end <= start) {
    throw new TypeError(`/spec/end must be after /spec/start`);
  }
  spec.recurrence?.exdates?.forEach((exdate, index) =>
    wallTime(exdate, zone, `/spec/recurrence/exdates/${index}`),
  );
  const { opens, closes } = spec.registration ?? {};
  const opensAt = opens ? wallTime(opens, zone, '/spec/registration/opens') : undefined;
  const closesAt = closes ? wallTime(closes, zone, '/spec/registration/closes') : undefined;
  if (opensAt && closesAt && closesAt <= opensAt) {
    throw new TypeError(`/spec/registration/closes must be after /spec/registration/opens`);
  }
  if (closesAt && !spec.recurrence && closesAt > end) {
    throw new TypeError(`/spec/registration/closes must not be after the event ends`);
  }
}

/**
 * Checks an Event entity. Returns false when the entity is not an Event, and
 * throws a TypeError naming the offending field when it is a malformed one.
 * The recurrence rule's own syntax is checked where an iCalendar parser is at
 * hand (the catalog backend module).
 *
 * @public
 */
export function validateEventEntity(entity: Entity): entity is EventEntity {
  const event = validateShape(entity);
  if (!event) {
    return false;
  }
  if (isContentItem(event)) {
    wallTime(event.spec.publishDate!, event.spec.timeZone ?? 'UTC', '/spec/publishDate');
  } else {
    checkGathering(event.spec);
  }
  checkRefKinds(event.spec, refFields);
  return true;
}
