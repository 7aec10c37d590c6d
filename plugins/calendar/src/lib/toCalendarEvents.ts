import type { EventInput } from '@fullcalendar/core';
import type {
  CalendarEventSummary,
  CalendarOccurrence,
  OccurrencesResponse,
} from '@community-hub/plugin-calendar-common';
import { statusLabel, typeColour, typeLabel } from './eventTypes';
import { allDayEndDate, formatSpan } from './time';

/** What the calendar keeps with each drawn occurrence. */
export interface OccurrenceProps {
  event: CalendarEventSummary;
  occurrence: CalendarOccurrence;
  /** The occurrence in the event's own zone, for the hover text. */
  ownZoneText: string;
}

/** The hover text of an occurrence: its time in the event's own zone, and its status. */
export function describeInOwnZone(
  event: CalendarEventSummary,
  occurrence: CalendarOccurrence,
): string {
  const when = formatSpan(occurrence, {
    allDay: event.allDay,
    zone: event.timeZone,
    eventZone: event.timeZone,
  });
  if (event.category === 'content') {
    return `${event.title}\n${typeLabel(event.type)}, ${statusLabel(
      event.status,
    ).toLocaleLowerCase('en-GB')}: ${when}`;
  }
  const zone = event.allDay ? `all day, ${event.timeZone}` : event.timeZone;
  const cancelled = event.status === 'cancelled' ? '\nCancelled' : '';
  return `${event.title}\n${when} (${zone}, the event's own time zone)${cancelled}`;
}

/**
 * The occurrences of a range query as FullCalendar events: timed ones at
 * their instants (FullCalendar shows them in the reader's zone), all-day ones
 * and content items on the dates of the event's own zone, each linking to
 * its catalog page.
 */
export function toCalendarEvents(
  response: OccurrencesResponse,
  eventHref: (eventRef: string) => string,
): EventInput[] {
  return response.occurrences.flatMap(occurrence => {
    const event = response.events[occurrence.eventRef];
    if (!event) return [];
    const colour = typeColour(event.type);
    const classNames = [`community-calendar-status-${event.status}`];
    const props: OccurrenceProps = {
      event,
      occurrence,
      ownZoneText: describeInOwnZone(event, occurrence),
    };
    return [
      {
        id: `${occurrence.eventRef}@${occurrence.start}`,
        title: event.title,
        url: eventHref(occurrence.eventRef),
        allDay: event.allDay,
        start: event.allDay
          ? occurrence.localStart.slice(0, 10)
          : occurrence.start,
        end: event.allDay
          ? allDayEndDate(occurrence.end, event.timeZone)
          : occurrence.end,
        backgroundColor: colour,
        borderColor: colour,
        textColor: '#ffffff',
        classNames,
        extendedProps: props,
      },
    ];
  });
}
