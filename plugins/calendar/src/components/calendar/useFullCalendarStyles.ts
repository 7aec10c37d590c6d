import { alpha, makeStyles } from '@material-ui/core/styles';

/**
 * FullCalendar in the Backstage theme: its CSS variables take the theme's
 * colours, so the calendar follows the light and the dark theme.
 */
export const useFullCalendarStyles = makeStyles(theme => ({
  root: {
    '--fc-border-color': theme.palette.divider,
    '--fc-page-bg-color': theme.palette.background.paper,
    '--fc-neutral-bg-color': theme.palette.background.default,
    '--fc-neutral-text-color': theme.palette.text.secondary,
    '--fc-list-event-hover-bg-color': theme.palette.action.hover,
    '--fc-today-bg-color': alpha(theme.palette.primary.main, 0.12),
    '--fc-highlight-color': alpha(theme.palette.primary.main, 0.2),
    '--fc-now-indicator-color': theme.palette.error.main,
    '--fc-button-text-color': theme.palette.primary.contrastText,
    '--fc-button-bg-color': theme.palette.primary.main,
    '--fc-button-border-color': theme.palette.primary.main,
    '--fc-button-hover-bg-color': theme.palette.primary.dark,
    '--fc-button-hover-border-color': theme.palette.primary.dark,
    '--fc-button-active-bg-color': theme.palette.primary.dark,
    '--fc-button-active-border-color': theme.palette.primary.dark,
    position: 'relative',
    color: theme.palette.text.primary,
    fontFamily: theme.typography.fontFamily,
    fontSize: theme.typography.body2.fontSize,
    '& .fc .fc-toolbar-title': {
      fontSize: theme.typography.h5.fontSize,
      fontWeight: theme.typography.h5.fontWeight,
    },
    '& .fc .fc-button': {
      fontSize: theme.typography.button.fontSize,
      textTransform: 'none',
    },
    '& .fc .fc-button:disabled': { opacity: 0.5 },
    '& .fc .fc-button:focus-visible': {
      outline: `2px solid ${theme.palette.secondary.main}`,
      outlineOffset: 2,
    },
    '& .fc a.fc-col-header-cell-cushion, & .fc a.fc-daygrid-day-number, & .fc .fc-list-day a':
      {
        color: 'inherit',
        textDecoration: 'none',
      },
    '& .fc .fc-daygrid-event, & .fc .fc-timegrid-event': { cursor: 'pointer' },
    '& .fc .fc-list-event-title a': { color: theme.palette.text.primary },
    '& .fc .fc-daygrid-more-link, & .fc .fc-timegrid-more-link': {
      color: theme.palette.text.primary,
    },
    '& .fc .fc-popover': {
      backgroundColor: theme.palette.background.paper,
      boxShadow: theme.shadows[4],
    },
    '& .fc .community-calendar-status-cancelled': { opacity: 0.7 },
    '& .fc .community-calendar-status-cancelled .community-calendar-title': {
      textDecoration: 'line-through',
    },
    '& .fc .community-calendar-status-draft': {
      borderStyle: 'dashed',
      opacity: 0.8,
    },
  },
  // Long titles wrap rather than hide; the time and labels stay on the first line.
  eventContent: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: 4,
    overflow: 'hidden',
    whiteSpace: 'normal',
    padding: '0 2px',
  },
  time: { fontWeight: 600, flexShrink: 0 },
  label: {
    flexShrink: 0,
    fontSize: '0.7rem',
    fontWeight: 700,
    textTransform: 'uppercase',
    letterSpacing: '0.03em',
    padding: '0 4px',
    borderRadius: 3,
    backgroundColor: 'rgba(0, 0, 0, 0.25)',
    color: '#ffffff',
  },
  listLabel: {
    backgroundColor: theme.palette.action.selected,
    color: theme.palette.text.primary,
  },
  title: { overflowWrap: 'anywhere' },
  loading: { position: 'absolute', top: 0, left: 0, right: 0 },
}));
