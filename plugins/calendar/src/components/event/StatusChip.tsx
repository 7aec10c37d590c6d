import type { CalendarEvent } from '@community-hub/plugin-calendar-common';
import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import { statusLabel } from '../../lib/eventTypes';

const useStyles = makeStyles(theme => ({
  scheduled: {
    borderColor:
      theme.palette.type === 'dark'
        ? theme.palette.primary.light
        : theme.palette.primary.main,
    color: theme.palette.text.primary,
  },
  published: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  draft: { borderStyle: 'dashed' },
  cancelled: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
}));

/** The status of an event or content item as a badge. */
export function StatusChip(props: { status: CalendarEvent['status'] }) {
  const classes = useStyles();
  const filled = props.status === 'published' || props.status === 'cancelled';
  return (
    <Chip
      size="small"
      label={statusLabel(props.status)}
      variant={filled ? 'default' : 'outlined'}
      className={classes[props.status]}
    />
  );
}
