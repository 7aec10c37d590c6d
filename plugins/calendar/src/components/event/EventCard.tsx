import { ReactNode, useState } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  MarkdownContent,
  Progress,
  WarningPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import { isContentItem, isEventEntity } from '@community-hub/catalog-common';
import Chip from '@material-ui/core/Chip';
import Divider from '@material-ui/core/Divider';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { errorMessage, isNotFound } from '../../lib/errors';
import { typeLabel } from '../../lib/eventTypes';
import { readerTimeZone } from '../../lib/time';
import { AddToCalendarButton } from './AddToCalendarButton';
import { AttendeeList } from './AttendeeList';
import { EventFacts } from './EventFacts';
import { firstSpan } from './eventTiming';
import { EventWhen } from './EventWhen';
import { RegistrationPanel } from './RegistrationPanel';
import { StatusChip } from './StatusChip';
import { UpcomingOccurrences } from './UpcomingOccurrences';
import { useEventDetails } from './useEventDetails';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(2),
  },
  section: { marginTop: theme.spacing(2) },
  side: { display: 'flex', flexDirection: 'column', gap: theme.spacing(2) },
  cancelled: { textDecoration: 'line-through' },
}));

function Section(props: { title: string; children: ReactNode }) {
  const classes = useStyles();
  return (
    <section className={classes.section}>
      <Typography variant="subtitle1" component="h3" gutterBottom>
        {props.title}
      </Typography>
      {props.children}
    </section>
  );
}

/**
 * The Event card of an event page: what, when (in the reader's and the
 * event's zone), where, who, the description, the next dates, registration,
 * the `.ics` download and, for organisers, who registered.
 */
export function EventCard() {
  const classes = useStyles();
  const { entity } = useEntity();
  const eventRef = stringifyEntityRef(entity);
  const { details, loading, error, setRegistration } =
    useEventDetails(eventRef);
  const [readerZone] = useState(readerTimeZone);
  const [attendeesVersion, setAttendeesVersion] = useState(0);

  if (!isEventEntity(entity)) return null;
  const { spec } = entity;
  const content = isContentItem(entity);
  const status =
    details?.event.status ??
    (content ? spec.contentStatus : spec.status) ??
    'scheduled';
  const next = details?.upcoming[0];
  const span = next ?? firstSpan(spec);
  const description = spec.description ?? entity.metadata.description;

  return (
    <InfoCard title="Event">
      <div className={classes.chips}>
        <Chip size="small" color="primary" label={typeLabel(spec.type)} />
        <StatusChip status={status} />
        {(entity.metadata.tags ?? []).map(tag => (
          <Chip key={tag} size="small" variant="outlined" label={tag} />
        ))}
      </div>
      {status === 'cancelled' && (
        <WarningPanel severity="warning" title="This event was cancelled" />
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={7}>
          <Section title="When">
            <div
              className={status === 'cancelled' ? classes.cancelled : undefined}
            >
              <EventWhen
                spec={spec}
                span={span}
                isNext={!!next}
                readerZone={readerZone}
              />
            </div>
          </Section>
          <Section title="Details">
            <EventFacts spec={spec} />
          </Section>
          {description && (
            <Section title="About">
              <MarkdownContent content={description} />
            </Section>
          )}
        </Grid>
        <Grid item xs={12} md={5} className={classes.side}>
          {loading && <Progress />}
          {error && (
            <WarningPanel
              severity={isNotFound(error) ? 'info' : 'error'}
              title={
                isNotFound(error)
                  ? 'The calendar has not picked up this event yet'
                  : 'Registration and dates could not be loaded'
              }
            >
              {isNotFound(error)
                ? 'New and changed events reach the calendar within a minute or two. Reload the page then.'
                : errorMessage(error)}
            </WarningPanel>
          )}
          {details && !content && (
            <Section title="Registration">
              <RegistrationPanel
                event={{
                  eventRef,
                  timeZone: details.event.timeZone,
                  registration: details.event.registration,
                }}
                summary={details.registration}
                readerZone={readerZone}
                onChange={summary => {
                  setRegistration(summary);
                  setAttendeesVersion(version => version + 1);
                }}
              />
            </Section>
          )}
          {details && !content && (
            <Section title={spec.recurrence ? 'Next dates' : 'Date'}>
              <UpcomingOccurrences
                occurrences={details.upcoming}
                allDay={details.event.allDay}
                eventZone={details.event.timeZone}
                readerZone={readerZone}
              />
            </Section>
          )}
          {(details || !error) && (
            <AddToCalendarButton
              eventRef={eventRef}
              name={entity.metadata.name}
            />
          )}
        </Grid>
      </Grid>
      {details?.canSeeAttendees && (
        <>
          <Divider className={classes.section} />
          <Section title="Attendees">
            <AttendeeList
              eventRef={eventRef}
              reloadKey={attendeesVersion}
              readerZone={readerZone}
            />
          </Section>
        </>
      )}
    </InfoCard>
  );
}
