import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../api/supportApiRef';
import { ActionDialog } from './ActionDialog';

/** Promote an accepted answer to an FAQ entry of the question's queue. */
export function PromoteDialog(props: {
  questionId: number;
  answerId: number;
  defaultTitle: string;
  busy: boolean;
  onClose(): void;
  run(action: () => Promise<unknown>): Promise<boolean>;
}) {
  const supportApi = useApi(supportApiRef);
  const [title, setTitle] = useState(props.defaultTitle);
  const confirm = async () => {
    if (!title.trim()) return;
    const done = await props.run(() =>
      supportApi.promoteToFaq(props.questionId, props.answerId, title.trim()),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open
      title="Promote to FAQ"
      confirmLabel="Promote"
      busy={props.busy}
      confirmDisabled={!title.trim()}
      onClose={props.onClose}
      onConfirm={confirm}
    >
      <TextField
        id="support-faq-title"
        label="FAQ title"
        fullWidth
        variant="outlined"
        margin="dense"
        value={title}
        onChange={e => setTitle(e.target.value)}
        helperText="The question as people would search for it."
      />
    </ActionDialog>
  );
}
