import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import { makeStyles } from '@material-ui/core/styles';
import type { QuestionSummary } from '@community-hub/plugin-support-common';
import { firstResponseState, resolutionState } from '../../lib/due';
import { formatDateTime, fromNow } from '../../lib/time';

const useStyles = makeStyles(theme => ({
  breached: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  pending: {},
}));

/**
 * The clock that matters now for an open question: the first response
 * while there is none, then the resolution. Red when past due.
 */
export function DueBadge(props: { question: QuestionSummary; now?: Date }) {
  const classes = useStyles();
  const { question } = props;
  const now = props.now ?? new Date();
  const first = firstResponseState(question, now);
  const resolution = resolutionState(question, now);

  if (first.state === 'breached') {
    return (
      <Tooltip title={`First response was due ${formatDateTime(first.dueAt)}`}>
        <Chip
          size="small"
          className={classes.breached}
          label="Response overdue"
        />
      </Tooltip>
    );
  }
  if (resolution.state === 'breached') {
    return (
      <Tooltip title={`Resolution was due ${formatDateTime(resolution.dueAt)}`}>
        <Chip
          size="small"
          className={classes.breached}
          label="Resolution overdue"
        />
      </Tooltip>
    );
  }
  if (first.state === 'pending') {
    return (
      <Tooltip title={`First response due ${formatDateTime(first.dueAt)}`}>
        <Chip
          size="small"
          variant="outlined"
          label={`Reply ${fromNow(first.dueAt, now)}`}
        />
      </Tooltip>
    );
  }
  if (resolution.state === 'pending') {
    return (
      <Tooltip title={`Resolution due ${formatDateTime(resolution.dueAt)}`}>
        <Chip
          size="small"
          variant="outlined"
          label={`Resolve ${fromNow(resolution.dueAt, now)}`}
        />
      </Tooltip>
    );
  }
  return null;
}
