import { useState } from 'react';
import { Link, Progress, ResponseErrorPanel } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { calendarApiRef } from '../../api/calendarApiRef';
import { rootRouteRef } from '../../routes';
import { readerTimeZone } from '../../lib/time';
import { AgendaList, toAgendaItems } from '../agenda/AgendaList';

const useStyles = makeStyles(theme => ({
  footer: { marginTop: theme.spacing(1) },
}));

const HOW_MANY = 5;
const LOOK_AHEAD_DAYS = 365;

/** The next few community gatherings, for the home page. */
export function UpcomingEventsCard() {
  const classes = useStyles();
  const calendarApi = useApi(calendarApiRef);
  const calendarLink = useRouteRef(rootRouteRef);
  const [readerZone] = useState(readerTimeZone);
  const upcoming = useAsync(async () => {
    const now = new Date();
    const to = new Date(now.getTime() + LOOK_AHEAD_DAYS * 86_400_000);
    const response = await calendarApi.getOccurrences(
      { from: now.toISOString(), to: to.toISOString() },
      { category: 'gathering' },
    );
    return toAgendaItems(response).slice(0, HOW_MANY);
  }, [calendarApi]);

  return (
    <div>
      {upcoming.loading && <Progress />}
      {upcoming.error && <ResponseErrorPanel error={upcoming.error} />}
      {upcoming.value?.length === 0 && (
        <Typography variant="body2">No events planned yet.</Typography>
      )}
      {upcoming.value && upcoming.value.length > 0 && (
        <AgendaList
          items={upcoming.value}
          readerZone={readerZone}
          dense
          label="Upcoming events"
        />
      )}
      {calendarLink && (
        <Typography variant="body2" className={classes.footer}>
          <Link to={calendarLink()}>Open the calendar</Link>
        </Typography>
      )}
    </div>
  );
}
