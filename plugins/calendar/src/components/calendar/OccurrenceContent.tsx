import type { EventContentArg } from '@fullcalendar/core';
import { statusLabel } from '../../lib/eventTypes';
import type { OccurrenceProps } from '../../lib/toCalendarEvents';
import { useFullCalendarStyles } from './useFullCalendarStyles';

/**
 * One occurrence drawn in the calendar: time, a label for cancelled events
 * and for the status of content items, and the title. In the agenda the
 * title is the link to the event page.
 */
export function OccurrenceContent(props: { arg: EventContentArg }) {
  const classes = useFullCalendarStyles();
  const { arg } = props;
  const { event } = arg.event.extendedProps as OccurrenceProps;
  const isList = arg.view.type.startsWith('list');
  let label: string | undefined;
  if (event.category === 'content') label = statusLabel(event.status);
  else if (event.status !== 'scheduled') label = statusLabel(event.status);
  const content = (
    <>
      {!isList && arg.timeText && (
        <span className={classes.time}>{arg.timeText}</span>
      )}
      {label && (
        <span
          className={
            isList ? `${classes.label} ${classes.listLabel}` : classes.label
          }
        >
          {label}
        </span>
      )}
      <span className={`${classes.title} community-calendar-title`}>
        {arg.event.title}
      </span>
    </>
  );
  if (isList) {
    return (
      <a href={arg.event.url} className={classes.eventContent}>
        {content}
      </a>
    );
  }
  return <div className={classes.eventContent}>{content}</div>;
}
