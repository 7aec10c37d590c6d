import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type {
  Question,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { ClockState, firstResponseState, resolutionState } from '../../lib/due';
import { PRIORITY_LABELS } from '../../lib/labels';
import { displayRef } from '../../lib/refs';
import { formatDateTime } from '../../lib/time';
import { questionsRouteRef } from '../../routes';

const useStyles = makeStyles(theme => ({
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: theme.spacing(2),
    rowGap: theme.spacing(0.5),
    margin: 0,
    '& dt': { color: theme.palette.text.secondary },
    '& dd': { margin: 0 },
  },
  breached: { color: theme.palette.error.main, fontWeight: 'bold' },
  late: { color: theme.palette.warning.dark },
}));

function ClockText(props: { clock: ClockState; verb: string }) {
  const classes = useStyles();
  const { clock } = props;
  switch (clock.state) {
    case 'met':
      return (
        <span className={clock.late ? classes.late : undefined}>
          {props.verb} {formatDateTime(clock.at)}
          {clock.late ? ' (late)' : ''}
        </span>
      );
    case 'breached':
      return (
        <span className={classes.breached}>
          Breached: was due {formatDateTime(clock.dueAt)}
        </span>
      );
    case 'pending':
      return <span>Due {formatDateTime(clock.dueAt)}</span>;
    default:
      return <span>–</span>;
  }
}

/** Queue, priority, people and the two response clocks of a question. */
export function QuestionFacts(props: {
  question: Question;
  queue?: SupportQueue;
}) {
  const classes = useStyles();
  const { question } = props;
  const questionsLink = useRouteRef(questionsRouteRef);
  const queueTitle = props.queue?.title ?? question.queueId;
  return (
    <Typography component="dl" variant="body2" className={classes.facts}>
      <dt>Queue</dt>
      <dd>
        {questionsLink ? (
          <Link
            to={`${questionsLink()}?${new URLSearchParams({
              queue: question.queueId,
            })}`}
          >
            {queueTitle}
          </Link>
        ) : (
          queueTitle
        )}
      </dd>
      <dt>Priority</dt>
      <dd>{PRIORITY_LABELS[question.priority]}</dd>
      <dt>Visibility</dt>
      <dd>{question.visibility === 'private' ? 'Private' : 'Public'}</dd>
      <dt>Asked</dt>
      <dd>
        {formatDateTime(question.createdAt)} by {displayRef(question.authorRef)}
      </dd>
      <dt>Assignee</dt>
      <dd>
        {question.assigneeRef ? displayRef(question.assigneeRef) : 'Nobody'}
      </dd>
      {question.entityRef && (
        <>
          <dt>About</dt>
          <dd>{displayRef(question.entityRef)}</dd>
        </>
      )}
      <dt>First response</dt>
      <dd>
        <ClockText clock={firstResponseState(question)} verb="Answered" />
      </dd>
      <dt>Resolution</dt>
      <dd>
        <ClockText clock={resolutionState(question)} verb="Done" />
      </dd>
      {question.escalatedAt && (
        <>
          <dt>Escalated</dt>
          <dd className={classes.breached}>
            {formatDateTime(question.escalatedAt)}
          </dd>
        </>
      )}
    </Typography>
  );
}
