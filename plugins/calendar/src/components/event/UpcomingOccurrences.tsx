import type { CalendarOccurrence } from '@community-hub/plugin-calendar-common';
import Typography from '@material-ui/core/Typography';
import { formatSpan } from '../../lib/time';

/** The next dates of an event, in the reader's zone. */
export function UpcomingOccurrences(props: {
  occurrences: CalendarOccurrence[];
  allDay: boolean;
  eventZone: string;
  readerZone: string;
}) {
  if (props.occurrences.length === 0) {
    return <Typography variant="body2">No upcoming dates.</Typography>;
  }
  return (
    <ul aria-label="Next dates" style={{ margin: 0, paddingLeft: 20 }}>
      {props.occurrences.map(occurrence => (
        <li key={occurrence.start}>
          <Typography variant="body2">
            {formatSpan(occurrence, {
              allDay: props.allDay,
              zone: props.readerZone,
              eventZone: props.eventZone,
            })}
          </Typography>
        </li>
      ))}
    </ul>
  );
}
