import { Link } from '@backstage/core-components';
import type {
  CalendarEventSummary,
  CalendarOccurrence,
} from '@community-hub/plugin-calendar-common';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useEventHref } from '../../hooks/useEventHref';
import { statusLabel, typeColour, typeLabel } from '../../lib/eventTypes';
import { formatSpan } from '../../lib/time';

const useStyles = makeStyles(theme => ({
  item: { alignItems: 'flex-start', gap: theme.spacing(1.5) },
  marker: {
    width: 4,
    alignSelf: 'stretch',
    borderRadius: 2,
    flexShrink: 0,
  },
  cancelled: { textDecoration: 'line-through' },
}));

/** One dated entry of an agenda. */
export interface AgendaItem {
  event: CalendarEventSummary;
  occurrence: CalendarOccurrence;
}

/** Pairs each occurrence of a range query with its event. */
export function toAgendaItems(response: {
  events: Record<string, CalendarEventSummary>;
  occurrences: CalendarOccurrence[];
}): AgendaItem[] {
  return response.occurrences.flatMap(occurrence => {
    const event = response.events[occurrence.eventRef];
    return event ? [{ event, occurrence }] : [];
  });
}

/**
 * Occurrences as a list: the title linking to the event page, then when (in
 * the reader's zone) and what kind of event it is.
 */
export function AgendaList(props: {
  items: AgendaItem[];
  readerZone: string;
  dense?: boolean;
  /** Names the list for assistive technology. */
  label?: string;
}) {
  const classes = useStyles();
  const eventHref = useEventHref();
  return (
    <>
      <List dense={props.dense} disablePadding aria-label={props.label}>
        {props.items.map(({ event, occurrence }) => {
          const cancelled = event.status === 'cancelled';
          const when = formatSpan(occurrence, {
            allDay: event.allDay,
            zone: props.readerZone,
            eventZone: event.timeZone,
          });
          const kind = [
            typeLabel(event.type),
            event.category === 'content' || event.status !== 'scheduled'
              ? statusLabel(event.status)
              : undefined,
          ]
            .filter(Boolean)
            .join(' · ');
          return (
            <ListItem
              key={`${occurrence.eventRef}@${occurrence.start}`}
              disableGutters
              className={classes.item}
            >
              <span
                className={classes.marker}
                style={{ backgroundColor: typeColour(event.type) }}
                aria-hidden
              />
              <ListItemText
                primary={
                  <Link
                    to={eventHref(occurrence.eventRef)}
                    className={cancelled ? classes.cancelled : undefined}
                  >
                    {event.title}
                  </Link>
                }
                secondary={`${when} · ${kind}`}
              />
            </ListItem>
          );
        })}
      </List>
      <Typography variant="caption" color="textSecondary">
        Times in your time zone, {props.readerZone}.
      </Typography>
    </>
  );
}
