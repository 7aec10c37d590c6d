import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type {
  QuestionDetails,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import { supportApiRef } from '../../api/supportApiRef';
import { EditQuestionDialog } from './EditQuestionDialog';
import { ModerationMenu } from './moderation/ModerationMenu';
import { RevisionsDialog } from './RevisionsDialog';

const useStyles = makeStyles(theme => ({
  actions: { display: 'flex', flexWrap: 'wrap', gap: theme.spacing(1) },
}));

/** The buttons under a question, shown by what the reader may do. */
export function QuestionActions(props: {
  details: QuestionDetails;
  queues: SupportQueue[];
  busy: boolean;
  run(action: () => Promise<unknown>): Promise<boolean>;
}) {
  const classes = useStyles();
  const supportApi = useApi(supportApiRef);
  const { question, can } = props.details;
  const [dialog, setDialog] = useState<'edit' | 'history'>();
  const { run, busy } = props;
  const isOpen = question.status === 'open';
  const canResolve =
    can.edit && (question.status === 'open' || question.status === 'answered');
  const canReopen =
    can.edit &&
    (question.status === 'resolved' || question.status === 'closed');

  return (
    <div className={classes.actions} role="group" aria-label="Actions">
      {can.edit && (
        <Button
          size="small"
          variant="outlined"
          onClick={() => setDialog('edit')}
        >
          Edit
        </Button>
      )}
      <Button size="small" onClick={() => setDialog('history')}>
        History
      </Button>
      {canResolve && (
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          onClick={() =>
            run(() =>
              supportApi.changeStatus(question.id, { status: 'resolved' }),
            )
          }
        >
          {isOpen ? 'Mark resolved' : 'Resolve'}
        </Button>
      )}
      {canReopen && (
        <Button
          size="small"
          variant="outlined"
          disabled={busy}
          onClick={() =>
            run(() => supportApi.changeStatus(question.id, { status: 'open' }))
          }
        >
          Reopen
        </Button>
      )}
      {can.moderate && (
        <ModerationMenu
          question={question}
          queues={props.queues}
          busy={busy}
          run={run}
        />
      )}
      {dialog === 'edit' && (
        <EditQuestionDialog
          question={question}
          busy={busy}
          run={run}
          onClose={() => setDialog(undefined)}
        />
      )}
      {dialog === 'history' && (
        <RevisionsDialog
          title="Question history"
          load={() => supportApi.listQuestionRevisions(question.id)}
          onClose={() => setDialog(undefined)}
        />
      )}
    </div>
  );
}
