import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Answer } from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Chip from '@material-ui/core/Chip';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import { makeStyles } from '@material-ui/core/styles';
import { supportApiRef } from '../../api/supportApiRef';
import { displayRef } from '../../lib/refs';
import { formatDateTime } from '../../lib/time';
import { MarkdownEditor } from '../shared/MarkdownEditor';
import { SafeMarkdown } from '../shared/SafeMarkdown';
import { CommentThread } from './CommentThread';
import { PromoteDialog } from './PromoteDialog';
import { RevisionsDialog } from './RevisionsDialog';
import { VoteButtons } from './VoteButtons';

const useStyles = makeStyles(theme => ({
  accepted: { borderColor: theme.palette.success.main, borderWidth: 2 },
  acceptedChip: {
    backgroundColor: theme.palette.success.main,
    color: theme.palette.success.contrastText,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

/** What the reader may do with one answer. */
export interface AnswerAbilities {
  vote: boolean;
  accept: boolean;
  comment: boolean;
  edit: boolean;
  promote: boolean;
}

/** One answer: votes, body, author, accept and promote buttons, comments. */
export function AnswerItem(props: {
  answer: Answer;
  comments: Answer[];
  questionTitle: string;
  can: AnswerAbilities;
  busy: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
}) {
  const classes = useStyles();
  const supportApi = useApi(supportApiRef);
  const { answer, can, run } = props;
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(answer.body);
  const [dialog, setDialog] = useState<'history' | 'promote'>();

  const save = async () => {
    if (!draft.trim()) return;
    if (await run(() => supportApi.editAnswer(answer.id, draft))) {
      setEditing(false);
    }
  };

  return (
    <Paper
      variant="outlined"
      component="article"
      className={answer.accepted ? classes.accepted : undefined}
      data-answer-id={answer.id}
    >
      <Box display="flex" p={2}>
        <Box mr={2}>
          <VoteButtons
            score={answer.score}
            myVote={answer.myVote}
            disabled={!can.vote || props.busy}
            onVote={value => run(() => supportApi.voteAnswer(answer.id, value))}
          />
        </Box>
        <Box flexGrow={1} minWidth={0}>
          {answer.accepted && (
            <Chip
              size="small"
              icon={<CheckCircleIcon />}
              label="Accepted answer"
              className={classes.acceptedChip}
            />
          )}
          {editing ? (
            <>
              <MarkdownEditor
                id={`support-edit-answer-${answer.id}`}
                label="Edit answer"
                value={draft}
                onChange={setDraft}
              />
              <div className={classes.actions}>
                <Button
                  variant="contained"
                  color="primary"
                  onClick={save}
                  disabled={props.busy || !draft.trim()}
                >
                  Save answer
                </Button>
                <Button onClick={() => setEditing(false)}>Cancel</Button>
              </div>
            </>
          ) : (
            <SafeMarkdown content={answer.body} />
          )}
          <Typography variant="caption" color="textSecondary" component="p">
            Answered {formatDateTime(answer.createdAt)} by{' '}
            {displayRef(answer.authorRef)}
            {answer.updatedAt !== answer.createdAt &&
              ` · edited ${formatDateTime(answer.updatedAt)}`}
          </Typography>
          <div className={classes.actions}>
            {can.accept && !answer.accepted && (
              <Button
                size="small"
                variant="outlined"
                color="primary"
                disabled={props.busy}
                onClick={() =>
                  run(() =>
                    supportApi.acceptAnswer(answer.questionId, answer.id),
                  )
                }
              >
                Accept answer
              </Button>
            )}
            {can.accept && answer.accepted && (
              <Button
                size="small"
                disabled={props.busy}
                onClick={() =>
                  run(() => supportApi.acceptAnswer(answer.questionId, null))
                }
              >
                Unaccept answer
              </Button>
            )}
            {can.promote && answer.accepted && (
              <Button
                size="small"
                variant="outlined"
                disabled={props.busy}
                onClick={() => setDialog('promote')}
              >
                Promote to FAQ
              </Button>
            )}
            {can.edit && !editing && (
              <Button
                size="small"
                onClick={() => {
                  setDraft(answer.body);
                  setEditing(true);
                }}
              >
                Edit
              </Button>
            )}
            {answer.updatedAt !== answer.createdAt && (
              <Button size="small" onClick={() => setDialog('history')}>
                History
              </Button>
            )}
          </div>
          <CommentThread
            comments={props.comments}
            canComment={can.comment}
            busy={props.busy}
            onAdd={body =>
              run(() =>
                supportApi.addAnswer(answer.questionId, {
                  kind: 'comment',
                  parentId: answer.id,
                  body,
                }),
              )
            }
          />
        </Box>
      </Box>
      {dialog === 'history' && (
        <RevisionsDialog
          title="Answer history"
          load={() => supportApi.listAnswerRevisions(answer.id)}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'promote' && (
        <PromoteDialog
          questionId={answer.questionId}
          answerId={answer.id}
          defaultTitle={props.questionTitle}
          busy={props.busy}
          run={run}
          onClose={() => setDialog(undefined)}
        />
      )}
    </Paper>
  );
}
