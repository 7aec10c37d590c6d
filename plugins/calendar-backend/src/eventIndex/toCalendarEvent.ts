import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { EventEntity, isContentItem } from '@community-hub/catalog-common';
import { CalendarEvent } from '@community-hub/plugin-calendar-common';

function fullRefs(refs: string[] | undefined, defaultKind: string): string[] {
  return (refs ?? []).map(ref =>
    stringifyEntityRef(
      parseEntityRef(ref, { defaultKind, defaultNamespace: 'default' }),
    ),
  );
}

/** The calendar's flat view of an Event entity. */
export function toCalendarEvent(
  entity: EventEntity,
  sequence: number,
): CalendarEvent {
  const { spec } = entity;
  const content = isContentItem(entity);
  return {
    entityRef: stringifyEntityRef(entity),
    title: entity.metadata.title ?? entity.metadata.name,
    type: spec.type,
    category: content ? 'content' : 'gathering',
    status: content
      ? spec.contentStatus ?? 'draft'
      : spec.status ?? 'scheduled',
    description: spec.description ?? entity.metadata.description,
    owner: fullRefs([spec.owner], 'group')[0],
    organisers: fullRefs(spec.organisers, 'user'),
    speakers: fullRefs(spec.speakers, 'user'),
    packages: fullRefs(spec.packages, 'component'),
    partners: fullRefs(spec.partners, 'partner'),
    tags: [...new Set([...(entity.metadata.tags ?? []), ...(spec.tags ?? [])])],
    start: content ? spec.publishDate : spec.start,
    end: content ? spec.publishDate : spec.end,
    timeZone: spec.timeZone ?? 'UTC',
    allDay: content || spec.allDay === true,
    recurrence: spec.recurrence,
    location: spec.location,
    capacity: spec.capacity,
    registration: spec.registration,
    sequence,
  };
}
