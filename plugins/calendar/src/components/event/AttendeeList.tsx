import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import type { Attendee } from '@community-hub/plugin-calendar-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { calendarApiRef } from '../../api/calendarApiRef';
import { formatInstant } from '../../lib/time';

function People(props: {
  title: string;
  people: Attendee[];
  ordered?: boolean;
  readerZone: string;
}) {
  const List = props.ordered ? 'ol' : 'ul';
  return (
    <>
      <Typography variant="subtitle2" component="h4">
        {props.title} ({props.people.length})
      </Typography>
      {props.people.length === 0 ? (
        <Typography variant="body2">Nobody yet.</Typography>
      ) : (
        <List
          aria-label={props.title}
          style={{ marginTop: 4, paddingLeft: 20 }}
        >
          {props.people.map(person => (
            <li key={person.userRef}>
              <Typography variant="body2">
                <EntityRefLink entityRef={person.userRef} defaultKind="user" />{' '}
                <span title="Registered at">
                  ({formatInstant(person.registeredAt, props.readerZone)})
                </span>
              </Typography>
            </li>
          ))}
        </List>
      )}
    </>
  );
}

/** Who registered and who waits, for organisers and community managers. */
export function AttendeeList(props: {
  eventRef: string;
  reloadKey: number;
  readerZone: string;
}) {
  const calendarApi = useApi(calendarApiRef);
  const { eventRef, reloadKey } = props;
  const attendees = useAsync(
    () => calendarApi.getAttendees(eventRef),
    [calendarApi, eventRef, reloadKey],
  );
  if (attendees.loading && !attendees.value) return <Progress />;
  if (attendees.error) return <ResponseErrorPanel error={attendees.error} />;
  if (!attendees.value) return null;
  return (
    <Grid container spacing={2}>
      <Grid item xs={12} sm={6}>
        <People
          title="Registered"
          people={attendees.value.registered}
          readerZone={props.readerZone}
        />
      </Grid>
      <Grid item xs={12} sm={6}>
        <People
          title="Waitlist"
          people={attendees.value.waitlisted}
          ordered
          readerZone={props.readerZone}
        />
      </Grid>
    </Grid>
  );
}
