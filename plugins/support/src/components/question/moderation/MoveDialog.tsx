import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { SupportQueue } from '@community-hub/plugin-support-common';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../../api/supportApiRef';
import { ActionDialog } from '../ActionDialog';
import type { ModerationDialogProps } from './types';

/** Move the question to another queue (and so to another team and guideline). */
export function MoveDialog(
  props: ModerationDialogProps & { queues: SupportQueue[] },
) {
  const supportApi = useApi(supportApiRef);
  const [queueId, setQueueId] = useState(props.question.queueId);
  const confirm = async () => {
    const done = await props.run(() =>
      supportApi.moveQuestion(props.question.id, queueId),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open={props.open}
      title="Move to another queue"
      confirmLabel="Move"
      busy={props.busy}
      confirmDisabled={queueId === props.question.queueId}
      onClose={props.onClose}
      onConfirm={confirm}
    >
      <TextField
        select
        id="support-move-queue"
        label="Queue"
        fullWidth
        variant="outlined"
        margin="dense"
        value={queueId}
        onChange={e => setQueueId(e.target.value)}
        SelectProps={{ native: true }}
        helperText="Due times are computed again from the new queue's guideline."
      >
        {props.queues.map(queue => (
          <option key={queue.id} value={queue.id}>
            {queue.visibility === 'private'
              ? `${queue.title} (private)`
              : queue.title}
          </option>
        ))}
      </TextField>
    </ActionDialog>
  );
}
