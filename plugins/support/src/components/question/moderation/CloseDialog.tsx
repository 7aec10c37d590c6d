import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../../api/supportApiRef';
import { ActionDialog } from '../ActionDialog';
import type { ModerationDialogProps } from './types';

/** Close as off-topic or stale (duplicates have their own dialog). */
export function CloseDialog(props: ModerationDialogProps) {
  const supportApi = useApi(supportApiRef);
  const [reason, setReason] = useState<'off-topic' | 'stale'>('off-topic');
  const confirm = async () => {
    const done = await props.run(() =>
      supportApi.changeStatus(props.question.id, { status: 'closed', reason }),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open={props.open}
      title="Close question"
      confirmLabel="Close question"
      busy={props.busy}
      onClose={props.onClose}
      onConfirm={confirm}
    >
      <TextField
        select
        id="support-close-reason"
        label="Reason"
        fullWidth
        variant="outlined"
        margin="dense"
        value={reason}
        onChange={e => setReason(e.target.value as 'off-topic' | 'stale')}
        SelectProps={{ native: true }}
      >
        <option value="off-topic">Off-topic</option>
        <option value="stale">Stale</option>
      </TextField>
    </ActionDialog>
  );
}
