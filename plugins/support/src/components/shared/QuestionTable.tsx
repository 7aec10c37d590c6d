import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type {
  QuestionSummary,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import LockIcon from '@material-ui/icons/Lock';
import { makeStyles } from '@material-ui/core/styles';
import { PRIORITY_LABELS } from '../../lib/labels';
import { displayRef } from '../../lib/refs';
import { fromNow } from '../../lib/time';
import { questionRouteRef } from '../../routes';
import { DueBadge } from './DueBadge';
import { StatusChip } from './StatusChip';

const useStyles = makeStyles(theme => ({
  meta: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(0.5) },
  lock: { fontSize: 16, verticalAlign: 'text-bottom' },
  number: { width: 80 },
}));

/** Questions as rows: title, status, priority, score, answers and due time. */
export function QuestionTable(props: {
  questions: QuestionSummary[];
  queues?: SupportQueue[];
  label: string;
}) {
  const classes = useStyles();
  const questionLink = useRouteRef(questionRouteRef);
  const queueTitle = (id: string) =>
    props.queues?.find(queue => queue.id === id)?.title ?? id;

  return (
    <Table size="small" aria-label={props.label}>
      <TableHead>
        <TableRow>
          <TableCell>Question</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Priority</TableCell>
          <TableCell className={classes.number} align="right">
            Score
          </TableCell>
          <TableCell className={classes.number} align="right">
            Answers
          </TableCell>
          <TableCell>Due</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.questions.map(question => (
          <TableRow key={question.id} data-question-id={question.id}>
            <TableCell>
              <Typography variant="body1">
                {question.visibility === 'private' && (
                  <LockIcon className={classes.lock} titleAccess="Private" />
                )}{' '}
                {questionLink ? (
                  <Link to={questionLink({ id: String(question.id) })}>
                    {question.title}
                  </Link>
                ) : (
                  question.title
                )}
              </Typography>
              <Box className={classes.meta}>
                <Typography variant="caption" color="textSecondary">
                  #{question.id} in {queueTitle(question.queueId)} · asked{' '}
                  {fromNow(question.createdAt)} by{' '}
                  {displayRef(question.authorRef)}
                </Typography>
                {question.tags.map(tag => (
                  <Chip key={tag} size="small" variant="outlined" label={tag} />
                ))}
              </Box>
            </TableCell>
            <TableCell>
              <StatusChip question={question} />
            </TableCell>
            <TableCell>{PRIORITY_LABELS[question.priority]}</TableCell>
            <TableCell align="right">{question.score}</TableCell>
            <TableCell align="right">{question.answerCount}</TableCell>
            <TableCell>
              <DueBadge question={question} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
