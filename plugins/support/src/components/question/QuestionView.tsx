import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import type {
  QuestionDetails,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Grid from '@material-ui/core/Grid';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import LockIcon from '@material-ui/icons/Lock';
import { makeStyles } from '@material-ui/core/styles';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { SafeMarkdown } from '../shared/SafeMarkdown';
import { StatusChip } from '../shared/StatusChip';
import { AnswerEditor } from './AnswerEditor';
import { AnswerItem } from './AnswerItem';
import { CommentThread } from './CommentThread';
import { DuplicateLinks } from './DuplicateLinks';
import { QuestionActions } from './QuestionActions';
import { QuestionFacts } from './QuestionFacts';
import { sortAnswers } from './sortAnswers';
import { useRunAction } from './useRunAction';
import { VoteButtons } from './VoteButtons';

const useStyles = makeStyles(theme => ({
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
  },
  stack: { display: 'grid', gap: theme.spacing(2) },
}));

/** A question with everything around it; `onChanged` reloads it after a change. */
export function QuestionView(props: {
  details: QuestionDetails;
  queues: SupportQueue[];
  onChanged(): void;
}) {
  const classes = useStyles();
  const supportApi = useApi(supportApiRef);
  const identityApi = useApi(identityApiRef);
  const me = useAsync(
    async () => (await identityApi.getBackstageIdentity()).userEntityRef,
    [identityApi],
  ).value;
  const { run, busy } = useRunAction(props.onChanged);
  const { details } = props;
  const { question, can } = details;
  const threads = sortAnswers(details.answers);
  const queue = props.queues.find(q => q.id === question.queueId);
  const answerCount = threads.answers.length;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} md={8} className={classes.stack}>
        <Box component="header">
          <Typography variant="h4" component="h2">
            {question.title}
          </Typography>
          <div className={classes.chips}>
            <StatusChip question={question} />
            {question.visibility === 'private' && (
              <Chip size="small" icon={<LockIcon />} label="Private" />
            )}
            {question.tags.map(tag => (
              <Chip key={tag} size="small" variant="outlined" label={tag} />
            ))}
          </div>
        </Box>
        <DuplicateLinks details={details} />
        <Paper
          variant="outlined"
          component="article"
          data-question-id={question.id}
        >
          <Box display="flex" p={2}>
            <Box mr={2}>
              <VoteButtons
                score={question.score}
                myVote={details.myVote}
                disabled={!can.answer || busy}
                onVote={value =>
                  run(() => supportApi.voteQuestion(question.id, value))
                }
              />
            </Box>
            <Box flexGrow={1} minWidth={0}>
              <SafeMarkdown content={question.body} />
              <QuestionActions
                details={details}
                queues={props.queues}
                busy={busy}
                run={run}
              />
              <CommentThread
                comments={threads.questionComments}
                canComment={can.answer}
                busy={busy}
                onAdd={body =>
                  run(() =>
                    supportApi.addAnswer(question.id, {
                      kind: 'comment',
                      body,
                    }),
                  )
                }
              />
            </Box>
          </Box>
        </Paper>
        <Typography variant="h6" component="h3">
          {answerCount === 1 ? '1 answer' : `${answerCount} answers`}
        </Typography>
        {threads.answers.map(answer => (
          <AnswerItem
            key={answer.id}
            answer={answer}
            comments={threads.answerComments.get(answer.id) ?? []}
            questionTitle={question.title}
            busy={busy}
            run={run}
            can={{
              vote: can.answer,
              accept: can.accept,
              comment: can.answer,
              edit: can.moderate || (!!me && me === answer.authorRef),
              promote: can.moderate && details.faqEntryId === undefined,
            }}
          />
        ))}
        {can.answer && question.status !== 'closed' && (
          <AnswerEditor
            busy={busy}
            onPost={body =>
              run(() => supportApi.addAnswer(question.id, { body }))
            }
          />
        )}
        {question.status === 'closed' && (
          <Typography variant="body2" color="textSecondary">
            This question is closed. Reopen it to add answers.
          </Typography>
        )}
      </Grid>
      <Grid item xs={12} md={4}>
        <Paper variant="outlined" component="aside" aria-label="Details">
          <Box p={2}>
            <QuestionFacts question={question} queue={queue} />
          </Box>
        </Paper>
      </Grid>
    </Grid>
  );
}
