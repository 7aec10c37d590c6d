import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import {
  Question,
  QuestionVisibility,
  SUPPORT_PRIORITIES,
  SupportPriority,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { supportApiRef } from '../../api/supportApiRef';
import { useComponentOptions } from '../../hooks/useComponentOptions';
import { errorMessage } from '../../lib/errors';
import { PRIORITY_LABELS } from '../../lib/labels';
import { ErrorNotice } from '../shared/ErrorNotice';
import { MarkdownEditor } from '../shared/MarkdownEditor';
import { SimilarQuestions } from './SimilarQuestions';
import {
  DraftErrors,
  QuestionDraft,
  parseTags,
  validateQuestion,
} from './validateQuestion';

const ENTITY_LIST_ID = 'support-ask-entity-options';

/** The ask form: queue, title, body with preview, tags, priority, visibility and entity. */
export function AskForm(props: {
  queues: SupportQueue[];
  initialQueueId?: string;
  initialEntityRef?: string;
  onCreated(question: Question): void;
}) {
  const supportApi = useApi(supportApiRef);
  const components = useComponentOptions();
  const [draft, setDraft] = useState<QuestionDraft>({
    queueId:
      props.queues.find(queue => queue.id === props.initialQueueId)?.id ?? '',
    title: '',
    body: '',
    tags: '',
    entityRef: props.initialEntityRef ?? '',
  });
  const [priority, setPriority] = useState<SupportPriority>('normal');
  const [visibility, setVisibility] = useState<QuestionVisibility>('public');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [serverError, setServerError] = useState<string>();
  const [posting, setPosting] = useState(false);

  const queue = props.queues.find(q => q.id === draft.queueId);
  const privateQueue = queue?.visibility === 'private';
  const effectiveVisibility: QuestionVisibility = privateQueue
    ? 'private'
    : visibility;
  const update = (change: Partial<QuestionDraft>) => {
    setDraft(previous => ({ ...previous, ...change }));
    const fields = Object.keys(change) as Array<keyof QuestionDraft>;
    setErrors(previous => {
      const next = { ...previous };
      fields.forEach(field => delete next[field]);
      return next;
    });
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setServerError(undefined);
    const found = validateQuestion(draft);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setPosting(true);
    try {
      const tags = parseTags(draft.tags);
      const created = await supportApi.createQuestion({
        queueId: draft.queueId,
        title: draft.title.trim(),
        body: draft.body,
        tags,
        priority,
        visibility: effectiveVisibility,
        ...(draft.entityRef.trim()
          ? { entityRef: draft.entityRef.trim() }
          : {}),
      });
      props.onCreated(created);
    } catch (error) {
      setServerError(errorMessage(error));
      setPosting(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Grid container spacing={2}>
        <Grid item xs={12} md={8}>
          <TextField
            select
            id="support-ask-queue"
            label="Queue"
            fullWidth
            variant="outlined"
            margin="dense"
            value={draft.queueId}
            onChange={e => update({ queueId: e.target.value })}
            SelectProps={{ native: true }}
            InputLabelProps={{ shrink: true }}
            error={!!errors.queueId}
            helperText={
              errors.queueId ?? (queue ? queue.description : undefined)
            }
          >
            <option value="">Choose a queue</option>
            {props.queues.map(q => (
              <option key={q.id} value={q.id}>
                {q.visibility === 'private' ? `${q.title} (private)` : q.title}
              </option>
            ))}
          </TextField>
          <TextField
            id="support-ask-title"
            label="Title"
            fullWidth
            variant="outlined"
            margin="dense"
            value={draft.title}
            onChange={e => update({ title: e.target.value })}
            error={!!errors.title}
            helperText={errors.title ?? 'One sentence: what do you need?'}
          />
          <SimilarQuestions title={draft.title} queueId={draft.queueId} />
          <MarkdownEditor
            id="support-ask-body"
            label="Question"
            value={draft.body}
            onChange={body => update({ body })}
            error={errors.body}
            helperText="What did you try? What happened? Markdown is supported."
            minRows={8}
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <TextField
            id="support-ask-tags"
            label="Tags"
            fullWidth
            variant="outlined"
            margin="dense"
            value={draft.tags}
            onChange={e => update({ tags: e.target.value })}
            error={!!errors.tags}
            helperText={errors.tags ?? 'Separate with commas.'}
          />
          <TextField
            select
            id="support-ask-priority"
            label="Priority"
            fullWidth
            variant="outlined"
            margin="dense"
            value={priority}
            onChange={e => setPriority(e.target.value as SupportPriority)}
            SelectProps={{ native: true }}
          >
            {SUPPORT_PRIORITIES.map(p => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </TextField>
          <TextField
            select
            id="support-ask-visibility"
            label="Visibility"
            fullWidth
            variant="outlined"
            margin="dense"
            value={effectiveVisibility}
            disabled={privateQueue}
            onChange={e => setVisibility(e.target.value as QuestionVisibility)}
            SelectProps={{ native: true }}
            helperText={
              privateQueue
                ? 'This queue is private: only you, its team and community managers can see the question.'
                : 'Private: only you, the queue team and community managers.'
            }
          >
            <option value="public">Public</option>
            <option value="private">Private</option>
          </TextField>
          <TextField
            id="support-ask-entity"
            label="Related entity"
            fullWidth
            variant="outlined"
            margin="dense"
            placeholder="component:default/name"
            value={draft.entityRef}
            onChange={e => update({ entityRef: e.target.value })}
            inputProps={{ list: ENTITY_LIST_ID }}
            error={!!errors.entityRef}
            helperText={errors.entityRef ?? 'Optional.'}
          />
          <datalist id={ENTITY_LIST_ID}>
            {(components.value ?? []).map(option => (
              <option key={option.ref} value={option.ref}>
                {option.label}
              </option>
            ))}
          </datalist>
        </Grid>
        {serverError && (
          <Grid item xs={12}>
            <ErrorNotice
              title="The question was not posted"
              message={serverError}
            />
          </Grid>
        )}
        <Grid item xs={12}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={posting}
          >
            Post question
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}
