import { Entity, FieldFormatEntityPolicy } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import {
  COMMUNITY_API_VERSION,
  EventEntity,
  GATHERING_TYPES,
  GatheringType,
  validateEventEntity,
} from '@community-hub/catalog-common';
import {
  ImportedDraft,
  ImportResult,
} from '@community-hub/plugin-calendar-common';
import ICAL from 'ical.js';
import { Document, isScalar, visit } from 'yaml';
import { DraftNames, slugify, tagOf } from './draftNames';
import { ianaZoneOf } from './icsTimeZone';
import { IcsZones, readEventTimes, UnreadableEventError } from './icsTimes';

const DEFAULT_TYPE: GatheringType = 'meetup';
const SHORT_DESCRIPTION_LENGTH = 200;
const URL_PATTERN = /https?:\/\/[^\s<>"]+/;

type Skipped = ImportResult['skipped'][number];

function readCalendars(ics: string): ICAL.Component[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(ics);
  } catch (error) {
    throw new InputError(
      `The file is not a valid iCalendar file: ${(error as Error).message}`,
    );
  }
  const roots = (
    typeof (parsed as unknown[])[0] === 'string' ? [parsed] : parsed
  ) as unknown[];
  if (roots.length === 0) {
    throw new InputError('The file is not a valid iCalendar file: it is empty');
  }
  const calendars = roots.map(root => new ICAL.Component(root as any[]));
  if (calendars.some(calendar => calendar.name !== 'vcalendar')) {
    throw new InputError(
      'The file is not a valid iCalendar file: it must begin with BEGIN:VCALENDAR',
    );
  }
  return calendars;
}

function zonesOf(calendar: ICAL.Component): IcsZones {
  const vtimezones = new Map<string, ICAL.Timezone>();
  for (const component of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = component.getFirstPropertyValue('tzid');
    if (typeof tzid === 'string') {
      vtimezones.set(tzid, new ICAL.Timezone(component));
    }
  }
  const declared = calendar.getFirstPropertyValue('x-wr-timezone');
  return {
    vtimezones,
    calendarZone:
      typeof declared === 'string' ? ianaZoneOf(declared) : undefined,
  };
}

function text(component: ICAL.Component, name: string): string | undefined {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function shortDescription(description: string | undefined): string | undefined {
  const firstLine = description
    ?.split(/\r?\n/)
    .find(line => line.trim())
    ?.trim();
  if (!firstLine || firstLine.length <= SHORT_DESCRIPTION_LENGTH) {
    return firstLine;
  }
  const cut = firstLine.slice(0, SHORT_DESCRIPTION_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${lastSpace > 0 ? cut.slice(0, lastSpace) : cut}…`;
}

function categoriesOf(vevent: ICAL.Component): {
  type: GatheringType;
  tags: string[];
} {
  const categories = vevent
    .getAllProperties('categories')
    .flatMap(property => property.getValues())
    .filter((value): value is string => typeof value === 'string');
  const type = categories
    .map(category => slugify(category))
    .find((slug): slug is GatheringType =>
      (GATHERING_TYPES as readonly string[]).includes(slug),
    );
  const tags = categories
    .map(tagOf)
    .filter((tag): tag is string => tag !== undefined && tag !== type);
  return { type: type ?? DEFAULT_TYPE, tags: [...new Set(tags)] };
}

function locationOf(vevent: ICAL.Component): EventEntity['spec']['location'] {
  const written = text(vevent, 'location');
  const urlInLocation = written?.match(URL_PATTERN)?.[0];
  const url = text(vevent, 'url');
  const onlineUrl = url && URL_PATTERN.test(url) ? url : urlInLocation;
  const venue = (
    urlInLocation ? written!.replace(urlInLocation, '') : written
  )?.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '');
  if (!venue && !onlineUrl) return undefined;
  return { ...(venue ? { venue } : {}), ...(onlineUrl ? { onlineUrl } : {}) };
}

/** The entity as YAML, with dates quoted as the community's files write them. */
function toYaml(entity: EventEntity): string {
  const document = new Document(entity);
  visit(document, {
    Scalar(_key, node) {
      if (
        isScalar(node) &&
        typeof node.value === 'string' &&
        /^\d{4}-\d{2}-\d{2}/.test(node.value)
      ) {
        node.type = 'QUOTE_SINGLE';
      }
    },
  });
  return document.toString({ lineWidth: 0 });
}

/** The Event kind's checks and the catalog's own rules for names, tags and links. */
async function problemsOf(entity: EventEntity): Promise<string[]> {
  try {
    if (!validateEventEntity(entity)) return ['It is not an Event entity'];
    await new FieldFormatEntityPolicy().enforce(entity as Entity);
    return [];
  } catch (error) {
    return [(error as Error).message];
  }
}

async function toDraft(
  vevent: ICAL.Component,
  zones: IcsZones,
  names: DraftNames,
  ownerRef: string,
): Promise<ImportedDraft> {
  const summary = text(vevent, 'summary');
  const description = text(vevent, 'description');
  const times = readEventTimes(vevent, zones);
  const notes = [...times.notes];
  const { type, tags } = categoriesOf(vevent);
  const location = locationOf(vevent);

  const rules = vevent.getAllProperties('rrule');
  if (rules.length > 1) {
    notes.push('Only the first of its RRULEs was imported');
  }
  if (vevent.hasProperty('rdate')) {
    notes.push(
      'Its RDATE dates were not imported; add them as separate events',
    );
  }
  const rrule = rules[0]?.getFirstValue();
  const recurrence =
    rrule instanceof ICAL.Recur
      ? {
          rrule: rrule.toString(),
          ...(times.exdates.length ? { exdates: times.exdates } : {}),
        }
      : undefined;

  const entity: EventEntity = {
    apiVersion: COMMUNITY_API_VERSION,
    kind: 'Event',
    metadata: {
      name: names.next(summary, times.start.slice(0, 10)),
      ...(summary ? { title: summary } : {}),
      ...(description ? { description: shortDescription(description) } : {}),
      ...(tags.length ? { tags } : {}),
    },
    spec: {
      type,
      owner: ownerRef,
      ...(description ? { description } : {}),
      start: times.start,
      end: times.end,
      ...(times.allDay ? { allDay: true } : {}),
      timeZone: times.timeZone,
      ...(location ? { location } : {}),
      ...(recurrence ? { recurrence } : {}),
      organisers: [ownerRef],
      status:
        text(vevent, 'status')?.toUpperCase() === 'CANCELLED'
          ? 'cancelled'
          : 'draft',
    },
  };
  return {
    entity,
    yaml: toYaml(entity),
    problems: [...(await problemsOf(entity)), ...notes],
  };
}

/**
 * Reads an iCalendar file into draft Event entities, one per VEVENT, owned
 * and organised by the importing person. Nothing is stored: the organiser
 * reviews the drafts and adds them to the catalog. Changed occurrences
 * (RECURRENCE-ID) and components that are not events are skipped with a
 * reason; VTIMEZONE definitions are used to read times.
 *
 * @throws InputError when the text is not an iCalendar file.
 */
export async function importIcs(
  ics: string,
  options: { ownerRef: string },
): Promise<ImportResult> {
  const drafts: ImportedDraft[] = [];
  const skipped: Skipped[] = [];
  const names = new DraftNames();
  for (const calendar of readCalendars(ics)) {
    const zones = zonesOf(calendar);
    for (const component of calendar.getAllSubcomponents()) {
      const summary = text(component, 'summary');
      if (component.name === 'vtimezone') continue;
      if (component.name !== 'vevent') {
        skipped.push({
          summary,
          reason: `A ${component.name.toUpperCase()} is not an event`,
        });
        continue;
      }
      const recurrenceId = component.getFirstPropertyValue('recurrence-id');
      if (recurrenceId) {
        skipped.push({
          summary,
          reason: `It changes one occurrence of a recurring event (RECURRENCE-ID ${recurrenceId.toString()}); edit the recurring event's entity instead`,
        });
        continue;
      }
      try {
        drafts.push(await toDraft(component, zones, names, options.ownerRef));
      } catch (error) {
        const { message } = error as Error;
        skipped.push({
          summary,
          reason:
            error instanceof UnreadableEventError
              ? message
              : `It could not be read: ${message}`,
        });
      }
    }
  }
  return { drafts, skipped };
}
