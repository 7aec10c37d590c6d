import type { EventEntity } from '@community-hub/catalog-common';
import Typography from '@material-ui/core/Typography';
import { describeRecurrence } from '../../lib/describeRecurrence';
import {
  formatDate,
  formatSpan,
  formatWallTime,
  TimeSpan,
} from '../../lib/time';

/**
 * When an event happens: in the reader's zone and in the event's own zone,
 * how it repeats, and which dates of the series are skipped.
 */
export function EventWhen(props: {
  spec: EventEntity['spec'];
  /** The occurrence to show: the next one, or the only one. */
  span?: TimeSpan;
  isNext: boolean;
  readerZone: string;
}) {
  const { spec, span, readerZone } = props;
  const eventZone = spec.timeZone ?? 'UTC';

  if (spec.publishDate) {
    return (
      <Typography variant="body2">
        Publish date: {formatDate(spec.publishDate)}
      </Typography>
    );
  }
  if (!span) {
    return <Typography variant="body2">No date set yet.</Typography>;
  }

  const allDay = spec.allDay === true;
  const inReaderZone = formatSpan(span, {
    allDay,
    zone: readerZone,
    eventZone,
  });
  const inEventZone = formatSpan(span, { allDay, zone: eventZone, eventZone });
  const repeats = spec.recurrence
    ? describeRecurrence(spec.recurrence.rrule) ??
      `Repeats by the rule ${spec.recurrence.rrule}`
    : undefined;
  const skipped = (spec.recurrence?.exdates ?? []).map(date =>
    formatWallTime(date, eventZone),
  );

  return (
    <div>
      {props.isNext && spec.recurrence && (
        <Typography variant="overline" component="p">
          Next
        </Typography>
      )}
      {allDay ? (
        <Typography variant="body2">
          {inEventZone} (all day, {eventZone})
        </Typography>
      ) : (
        <>
          <Typography variant="body2" data-testid="when-reader-zone">
            {inReaderZone}{' '}
            <em>
              {readerZone === eventZone
                ? `your time and the event's (${eventZone})`
                : `your time (${readerZone})`}
            </em>
          </Typography>
          {readerZone !== eventZone && (
            <Typography
              variant="body2"
              color="textSecondary"
              data-testid="when-event-zone"
            >
              {inEventZone} <em>event time ({eventZone})</em>
            </Typography>
          )}
        </>
      )}
      {repeats && <Typography variant="body2">{repeats}</Typography>}
      {skipped.length > 0 && (
        <Typography variant="body2" color="textSecondary">
          Not on {skipped.join('; ')}
        </Typography>
      )}
    </div>
  );
}
