import { useState } from 'react';
import { identityApiRef, useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../../api/supportApiRef';
import { ActionDialog } from '../ActionDialog';
import type { ModerationDialogProps } from './types';

/** Assign the question to a team member, or unassign it. */
export function AssignDialog(props: ModerationDialogProps) {
  const supportApi = useApi(supportApiRef);
  const identityApi = useApi(identityApiRef);
  const [assignee, setAssignee] = useState(props.question.assigneeRef ?? '');
  const assign = async (ref: string) => {
    const done = await props.run(() =>
      supportApi.assign(props.question.id, ref.trim() || null),
    );
    if (done) props.onClose();
  };
  const assignToMe = async () => {
    const { userEntityRef } = await identityApi.getBackstageIdentity();
    await assign(userEntityRef);
  };
  return (
    <ActionDialog
      open={props.open}
      title="Assign question"
      confirmLabel={assignee.trim() ? 'Assign' : 'Unassign'}
      busy={props.busy}
      onClose={props.onClose}
      onConfirm={() => assign(assignee)}
    >
      <TextField
        id="support-assignee"
        label="Assignee"
        fullWidth
        variant="outlined"
        margin="dense"
        placeholder="user:default/name"
        value={assignee}
        onChange={e => setAssignee(e.target.value)}
        helperText="A user ref. Leave empty to unassign."
      />
      <Button size="small" onClick={assignToMe} disabled={props.busy}>
        Assign to me
      </Button>
    </ActionDialog>
  );
}
