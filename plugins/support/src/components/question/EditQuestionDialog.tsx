import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { Question } from '@community-hub/plugin-support-common';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../api/supportApiRef';
import { parseTags, validateQuestion } from '../ask/validateQuestion';
import { MarkdownEditor } from '../shared/MarkdownEditor';
import { ActionDialog } from './ActionDialog';

/** Edit the title, body and tags; the backend keeps the previous version. */
export function EditQuestionDialog(props: {
  question: Question;
  busy: boolean;
  onClose(): void;
  run(action: () => Promise<unknown>): Promise<boolean>;
}) {
  const supportApi = useApi(supportApiRef);
  const { question } = props;
  const [title, setTitle] = useState(question.title);
  const [body, setBody] = useState(question.body);
  const [tags, setTags] = useState(question.tags.join(', '));
  const errors = validateQuestion({
    queueId: question.queueId,
    title,
    body,
    tags,
    entityRef: '',
  });
  const valid = Object.keys(errors).length === 0;
  const save = async () => {
    if (!valid) return;
    const done = await props.run(() =>
      supportApi.editQuestion(question.id, {
        title: title.trim(),
        body,
        tags: parseTags(tags),
      }),
    );
    if (done) props.onClose();
  };
  return (
    <ActionDialog
      open
      title="Edit question"
      confirmLabel="Save"
      maxWidth="md"
      busy={props.busy}
      confirmDisabled={!valid}
      onClose={props.onClose}
      onConfirm={save}
    >
      <TextField
        id="support-edit-title"
        label="Title"
        fullWidth
        variant="outlined"
        margin="dense"
        value={title}
        onChange={e => setTitle(e.target.value)}
        error={!!errors.title}
        helperText={errors.title}
      />
      <MarkdownEditor
        id="support-edit-body"
        label="Question"
        value={body}
        onChange={setBody}
        error={errors.body}
      />
      <TextField
        id="support-edit-tags"
        label="Tags"
        fullWidth
        variant="outlined"
        margin="dense"
        value={tags}
        onChange={e => setTags(e.target.value)}
        error={!!errors.tags}
        helperText={errors.tags ?? 'Separate with commas.'}
      />
    </ActionDialog>
  );
}
