import { useState } from 'react';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { calendarApiRef } from '../../api/calendarApiRef';
import { readerTimeZone } from '../../lib/time';
import { rootRouteRef } from '../../routes';
import { AgendaList, toAgendaItems } from './AgendaList';

const DAY = 86_400_000;
const LOOK_BACK_DAYS = 120;
const LOOK_AHEAD_DAYS = 270;
const MAX_UPCOMING = 20;
const MAX_RECENT = 10;

/** The calendar filter that shows this entity's events, when it has one. */
function calendarQuery(entityRef: string, kind: string): string {
  const key = { component: 'package', partner: 'partner' }[
    kind.toLocaleLowerCase('en-US')
  ];
  return key ? `?${new URLSearchParams({ [key]: entityRef })}` : '';
}

/**
 * The Events tab of packages, partners and teams: the events related to the
 * entity, upcoming first, then the recent ones.
 */
export function EntityEventsContent() {
  const { entity } = useEntity();
  const entityRef = stringifyEntityRef(entity);
  const calendarApi = useApi(calendarApiRef);
  const calendarLink = useRouteRef(rootRouteRef);
  const [readerZone] = useState(readerTimeZone);

  const events = useAsync(async () => {
    const now = Date.now();
    const response = await calendarApi.getOccurrences(
      {
        from: new Date(now - LOOK_BACK_DAYS * DAY).toISOString(),
        to: new Date(now + LOOK_AHEAD_DAYS * DAY).toISOString(),
      },
      { relatedTo: entityRef },
    );
    const items = toAgendaItems(response);
    return {
      upcoming: items.filter(
        item => new Date(item.occurrence.end).getTime() > now,
      ),
      recent: items
        .filter(item => new Date(item.occurrence.end).getTime() <= now)
        .reverse(),
    };
  }, [calendarApi, entityRef]);

  if (events.loading) return <Progress />;
  if (events.error) return <ResponseErrorPanel error={events.error} />;
  const { upcoming = [], recent = [] } = events.value ?? {};
  const more = upcoming.length - MAX_UPCOMING;
  const calendarHref = calendarLink
    ? `${calendarLink()}/events${calendarQuery(entityRef, entity.kind)}`
    : undefined;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={7}>
        <InfoCard
          title="Upcoming events"
          deepLink={
            calendarHref
              ? { title: 'Open in the calendar', link: calendarHref }
              : undefined
          }
        >
          {upcoming.length === 0 ? (
            <Typography variant="body2">
              No upcoming events about{' '}
              {entity.metadata.title ?? entity.metadata.name}.
            </Typography>
          ) : (
            <AgendaList
              items={upcoming.slice(0, MAX_UPCOMING)}
              readerZone={readerZone}
              label="Upcoming events"
            />
          )}
          {more > 0 && calendarHref && (
            <Typography variant="body2">
              <Link to={calendarHref}>{more} more in the calendar</Link>
            </Typography>
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={5}>
        <InfoCard title="Recent events">
          {recent.length === 0 ? (
            <Typography variant="body2">
              Nothing in the last {LOOK_BACK_DAYS} days.
            </Typography>
          ) : (
            <AgendaList
              items={recent.slice(0, MAX_RECENT)}
              readerZone={readerZone}
              dense
              label="Recent events"
            />
          )}
        </InfoCard>
      </Grid>
    </Grid>
  );
}
