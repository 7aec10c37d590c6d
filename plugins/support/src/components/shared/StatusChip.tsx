import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type { QuestionSummary } from '@community-hub/plugin-support-common';
import { CLOSE_REASON_LABELS, STATUS_LABELS } from '../../lib/labels';

const useStyles = makeStyles(theme => ({
  open: { backgroundColor: theme.palette.info.light },
  answered: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  resolved: {
    backgroundColor: theme.palette.success.dark,
    color: theme.palette.success.contrastText,
  },
  closed: {},
}));

/** The question's status, with the close reason when closed. */
export function StatusChip(props: {
  question: Pick<QuestionSummary, 'status' | 'closeReason'>;
}) {
  const classes = useStyles();
  const { status, closeReason } = props.question;
  const label =
    status === 'closed' && closeReason
      ? `Closed: ${CLOSE_REASON_LABELS[closeReason].toLocaleLowerCase('en-US')}`
      : STATUS_LABELS[status];
  return <Chip size="small" label={label} className={classes[status]} />;
}
