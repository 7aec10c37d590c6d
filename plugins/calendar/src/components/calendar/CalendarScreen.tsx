import { useCallback, useState } from 'react';
import { Content, WarningPanel } from '@backstage/core-components';
import { CONTENT_TYPES, GATHERING_TYPES } from '@community-hub/catalog-common';
import type {
  CalendarEventSummary,
  EventCategory,
} from '@community-hub/plugin-calendar-common';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import { makeStyles } from '@material-ui/core/styles';
import { useEntityOptions } from '../../hooks/useEntityOptions';
import { errorMessage } from '../../lib/errors';
import { readerTimeZone } from '../../lib/time';
import { CalendarFiltersBar } from './CalendarFiltersBar';
import { FullCalendarView } from './FullCalendarView';
import { TimeZoneNote } from './TimeZoneNote';
import { useCalendarSearchParams } from './useCalendarSearchParams';

const useStyles = makeStyles(theme => ({
  paper: { padding: theme.spacing(2) },
}));

/**
 * The calendar of one category (gatherings or content items): filters, the
 * zone note and the calendar itself.
 */
export function CalendarScreen(props: { category: EventCategory }) {
  const { category } = props;
  const classes = useStyles();
  const { filters, setFilters, initialView, initialDate, setPosition } =
    useCalendarSearchParams();
  const [timeZone] = useState(readerTimeZone);
  const [tags, setTags] = useState<string[]>([]);
  const [error, setError] = useState<Error>();
  const packages = useEntityOptions('package');
  const partners = useEntityOptions('partner');

  const onEventsLoaded = useCallback((events: CalendarEventSummary[]) => {
    setTags(previous => {
      const all = new Set(previous);
      events.forEach(event => event.tags.forEach(tag => all.add(tag)));
      return all.size === previous.length ? previous : [...all].sort();
    });
  }, []);

  return (
    <Content>
      <Grid container spacing={2}>
        <Grid item xs={12}>
          <CalendarFiltersBar
            filters={filters}
            onChange={setFilters}
            types={category === 'gathering' ? GATHERING_TYPES : CONTENT_TYPES}
            tags={[...new Set([...tags, ...filters.tags])].sort()}
            packages={packages.value ?? []}
            partners={partners.value ?? []}
          />
        </Grid>
        <Grid item xs={12}>
          <TimeZoneNote timeZone={timeZone} category={category} />
        </Grid>
        {error && (
          <Grid item xs={12}>
            <WarningPanel
              severity="error"
              title="The calendar could not load its events"
            >
              {errorMessage(error)}
            </WarningPanel>
          </Grid>
        )}
        <Grid item xs={12}>
          <Paper className={classes.paper} variant="outlined">
            <FullCalendarView
              category={category}
              filters={filters}
              timeZone={timeZone}
              initialView={initialView}
              initialDate={initialDate}
              onPositionChange={setPosition}
              onEventsLoaded={onEventsLoaded}
              onError={setError}
            />
          </Paper>
        </Grid>
      </Grid>
    </Content>
  );
}
