import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import FullCalendar from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/daygrid';
import timeGridPlugin from '@fullcalendar/timegrid';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import type {
  DatesSetArg,
  EventClickArg,
  EventContentArg,
  EventMountArg,
  EventSourceFuncArg,
  EventInput,
} from '@fullcalendar/core';
import { useApi } from '@backstage/core-plugin-api';
import LinearProgress from '@material-ui/core/LinearProgress';
import { DateTime } from 'luxon';
import type {
  CalendarEventSummary,
  EventCategory,
} from '@community-hub/plugin-calendar-common';
import { calendarApiRef } from '../../api/calendarApiRef';
import { useEventHref } from '../../hooks/useEventHref';
import {
  CalendarFilters,
  matchesRelated,
  toOccurrenceFilter,
} from '../../lib/relatedFilter';
import { OccurrenceProps, toCalendarEvents } from '../../lib/toCalendarEvents';
import { OccurrenceContent } from './OccurrenceContent';
import { useFullCalendarStyles } from './useFullCalendarStyles';

/** What the calendar shows and where it starts. */
export interface FullCalendarViewProps {
  category: EventCategory;
  filters: CalendarFilters;
  /** The reader's IANA zone; times are shown in it. */
  timeZone: string;
  initialView: string;
  initialDate?: string;
  /** Called when the reader moves to another view or period. */
  onPositionChange(view: string, date: string): void;
  /** Called with the events of each loaded range, for the filter options. */
  onEventsLoaded(events: CalendarEventSummary[]): void;
  /** Called when a range fails to load, and with `undefined` when one loads. */
  onError(error: Error | undefined): void;
}

// The week view scrolls inside this height (in pixels); month and agenda grow with their content.
const WEEK_HEIGHT = 760;

const toInstant = (isoWithOffset: string, zone: string) =>
  DateTime.fromISO(isoWithOffset, { zone }).toUTC().toISO() ?? isoWithOffset;

/**
 * FullCalendar with month, week and agenda views over the calendar API: it
 * asks for the occurrences of the visible range, shows them in the reader's
 * zone, and opens an event's catalog page when one is clicked.
 */
export function FullCalendarView(props: FullCalendarViewProps) {
  const { category, filters, timeZone } = props;
  const calendarApi = useApi(calendarApiRef);
  const eventHref = useEventHref();
  const navigate = useNavigate();
  const classes = useFullCalendarStyles();
  const [loading, setLoading] = useState(false);
  const [viewType, setViewType] = useState(props.initialView);

  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });

  const filterKey = JSON.stringify(filters);
  const currentFilters = useMemo<CalendarFilters>(
    () => JSON.parse(filterKey),
    [filterKey],
  );

  const loadEvents = useCallback(
    (
      info: EventSourceFuncArg,
      success: (events: EventInput[]) => void,
      failure: (error: Error) => void,
    ) => {
      calendarApi
        .getOccurrences(
          {
            from: toInstant(info.startStr, timeZone),
            to: toInstant(info.endStr, timeZone),
          },
          toOccurrenceFilter(currentFilters, category),
        )
        .then(response => {
          callbacks.current.onEventsLoaded(Object.values(response.events));
          callbacks.current.onError(undefined);
          const occurrences = response.occurrences.filter(occurrence => {
            const event = response.events[occurrence.eventRef];
            return event && matchesRelated(event, currentFilters);
          });
          success(toCalendarEvents({ ...response, occurrences }, eventHref));
        })
        .catch((error: Error) => {
          callbacks.current.onError(error);
          failure(error);
        });
    },
    [calendarApi, category, currentFilters, eventHref, timeZone],
  );

  const onEventClick = useCallback(
    (info: EventClickArg) => {
      if (!info.event.url) return;
      info.jsEvent.preventDefault();
      navigate(info.event.url);
    },
    [navigate],
  );

  const onEventMount = useCallback((info: EventMountArg) => {
    const { ownZoneText } = info.event.extendedProps as OccurrenceProps;
    info.el.setAttribute('title', ownZoneText);
  }, []);

  const onDatesSet = useCallback((info: DatesSetArg) => {
    const date = info.view.calendar.formatIso(info.view.currentStart, true);
    setViewType(info.view.type);
    callbacks.current.onPositionChange(info.view.type, date.slice(0, 10));
  }, []);

  const renderContent = useCallback(
    (arg: EventContentArg) => <OccurrenceContent arg={arg} />,
    [],
  );

  return (
    <div className={classes.root}>
      {loading && (
        <LinearProgress
          className={classes.loading}
          aria-label="Loading events"
        />
      )}
      <FullCalendar
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin, luxonPlugin]}
        timeZone={timeZone}
        initialView={props.initialView}
        initialDate={props.initialDate}
        headerToolbar={{
          left: 'prev,next today',
          center: 'title',
          right: 'dayGridMonth,timeGridWeek,listMonth',
        }}
        buttonText={{ today: 'Today' }}
        views={{
          dayGridMonth: { buttonText: 'Month' },
          timeGridWeek: { buttonText: 'Week', scrollTime: '08:00:00' },
          listMonth: { buttonText: 'Agenda' },
        }}
        locale={enGbLocale}
        buttonHints={{ prev: 'Previous $0', next: 'Next $0', today: 'This $0' }}
        firstDay={1}
        height={viewType === 'timeGridWeek' ? WEEK_HEIGHT : 'auto'}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventDisplay="block"
        dayMaxEvents={4}
        nowIndicator
        noEventsText="Nothing in this period"
        events={loadEvents}
        eventContent={renderContent}
        eventDidMount={onEventMount}
        eventClick={onEventClick}
        datesSet={onDatesSet}
        loading={setLoading}
      />
    </div>
  );
}
