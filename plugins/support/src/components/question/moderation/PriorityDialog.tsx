import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  SUPPORT_PRIORITIES,
  SupportPriority,
} from '@community-hub/plugin-support-common';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../../api/supportApiRef';
import { PRIORITY_LABELS } from '../../../lib/labels';
import { ActionDialog } from '../ActionDialog';
import type { ModerationDialogProps } from './types';

/** Change the priority; the backend computes the due times again. */
export function PriorityDialog(props: ModerationDialogProps) {
  const supportApi = useApi(supportApiRef);
  const [priority, setPriority] = useState<SupportPriority>(
    props.question.priority,
  );
  const confirm = async () => {
    const done = await props.run(() =>
      supportApi.setPriority(props.question.id, priority),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open={props.open}
      title="Change priority"
      confirmLabel="Change priority"
      busy={props.busy}
      confirmDisabled={priority === props.question.priority}
      onClose={props.onClose}
      onConfirm={confirm}
    >
      <TextField
        select
        id="support-change-priority"
        label="Priority"
        fullWidth
        variant="outlined"
        margin="dense"
        value={priority}
        onChange={e => setPriority(e.target.value as SupportPriority)}
        SelectProps={{ native: true }}
        helperText="Due times are computed again from the queue's guideline."
      >
        {SUPPORT_PRIORITIES.map(p => (
          <option key={p} value={p}>
            {PRIORITY_LABELS[p]}
          </option>
        ))}
      </TextField>
    </ActionDialog>
  );
}
