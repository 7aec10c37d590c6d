import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../../api/supportApiRef';
import { ActionDialog } from '../ActionDialog';
import type { ModerationDialogProps } from './types';

/** Close as a duplicate of another question, which then links back. */
export function DuplicateDialog(props: ModerationDialogProps) {
  const supportApi = useApi(supportApiRef);
  const [text, setText] = useState('');
  const original = Number(text.replace(/^#/, ''));
  const valid =
    Number.isInteger(original) &&
    original > 0 &&
    original !== props.question.id;
  const confirm = async () => {
    if (!valid) return;
    const done = await props.run(() =>
      supportApi.changeStatus(props.question.id, {
        status: 'closed',
        reason: 'duplicate',
        duplicateOf: original,
      }),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open={props.open}
      title="Mark as duplicate"
      confirmLabel="Mark as duplicate"
      busy={props.busy}
      confirmDisabled={!valid}
      onClose={props.onClose}
      onConfirm={confirm}
    >
      <TextField
        id="support-duplicate-of"
        label="Duplicate of question number"
        fullWidth
        variant="outlined"
        margin="dense"
        value={text}
        onChange={e => setText(e.target.value)}
        error={text !== '' && !valid}
        helperText={
          text !== '' && !valid
            ? 'Enter the number of another question.'
            : 'The question number, such as 42.'
        }
      />
    </ActionDialog>
  );
}
