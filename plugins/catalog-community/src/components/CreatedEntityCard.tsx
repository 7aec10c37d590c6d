import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { InfoCard, StructuredMetadataTable } from '@backstage/core-components';
import {
  discoveryApiRef,
  fetchApiRef,
  toastApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import {
  EntityRefLink,
  humanizeEntityRef,
  useAsyncEntity,
} from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_CREATED_AT,
  ANNOTATION_CREATED_BY,
} from '@community-hub/catalog-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import {
  dateInWords,
  deleteCreatedEntity,
  editableText,
  entityFromEditedText,
  updateCreatedEntity,
} from './createdEntities';

/** Where the catalog index lives in the app (`page:catalog`, path `/catalog`). */
const CATALOG_INDEX_PATH = '/catalog';

/** After a save, the catalog takes a few seconds to show the change. */
const DEFAULT_REFRESH_DELAYS_MS = [3000, 8000];

function ErrorText(props: { message?: string }) {
  if (!props.message) {
    return null;
  }
  return (
    <Typography role="alert" color="error" variant="body2">
      {props.message}
    </Typography>
  );
}

function useApis() {
  return {
    discoveryApi: useApi(discoveryApiRef),
    fetchApi: useApi(fetchApiRef),
  };
}

function EditDialog(props: {
  entity: Entity;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { entity, onClose, onSaved } = props;
  const apis = useApis();
  // The text is taken once, when the dialog opens; a refresh does not undo edits.
  const [text, setText] = useState(() => editableText(entity));
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setError(undefined);
    let updated: Entity;
    try {
      updated = entityFromEditedText(entity, text);
    } catch (e) {
      setError((e as Error).message);
      return;
    }
    setSaving(true);
    try {
      await updateCreatedEntity(apis, updated);
    } catch (e) {
      setError((e as Error).message);
      setSaving(false);
      return;
    }
    setSaving(false);
    onSaved();
  };

  const ref = humanizeEntityRef(entity);
  return (
    <Dialog
      open
      onClose={saving ? undefined : onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="created-entity-edit-title"
    >
      <DialogTitle id="created-entity-edit-title">Edit {ref}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          The entity's metadata and spec as JSON. Its kind, name and namespace
          cannot change.
        </DialogContentText>
        <TextField
          label="metadata and spec (JSON)"
          value={text}
          onChange={e => setText(e.target.value)}
          multiline
          minRows={16}
          maxRows={32}
          fullWidth
          variant="outlined"
          disabled={saving}
          inputProps={{
            spellCheck: false,
            style: { fontFamily: 'monospace', fontSize: '0.85rem' },
          }}
        />
        <Box mt={1}>
          <ErrorText message={error} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>
          Cancel
        </Button>
        <Button
          color="primary"
          variant="contained"
          onClick={save}
          disabled={saving}
        >
          {saving ? 'Saving…' : 'Save'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function RemoveDialog(props: {
  entity: Entity;
  onClose: () => void;
  onRemoved: () => void;
}) {
  const { entity, onClose, onRemoved } = props;
  const apis = useApis();
  const [error, setError] = useState<string>();
  const [removing, setRemoving] = useState(false);

  const remove = async () => {
    setError(undefined);
    setRemoving(true);
    try {
      await deleteCreatedEntity(apis, entity);
    } catch (e) {
      setError((e as Error).message);
      setRemoving(false);
      return;
    }
    setRemoving(false);
    onRemoved();
  };

  const ref = humanizeEntityRef(entity);
  const title = entity.metadata.title;
  return (
    <Dialog
      open
      onClose={removing ? undefined : onClose}
      aria-labelledby="created-entity-remove-title"
    >
      <DialogTitle id="created-entity-remove-title">Remove {ref}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {title ? `${title} (${ref})` : ref} will be removed from the portal
          and the catalog. This cannot be undone.
        </DialogContentText>
        <ErrorText message={error} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={removing}>
          Cancel
        </Button>
        <Button
          color="secondary"
          variant="contained"
          onClick={remove}
          disabled={removing}
        >
          {removing ? 'Removing…' : 'Remove'}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

/**
 * Who created an entity that the portal keeps and when, with actions to edit
 * and remove it. Everyone signed in sees the actions; the API decides and its
 * refusal is shown.
 */
export function CreatedEntityCard(props: {
  /** When to refresh the entity after a save; the catalog needs a few seconds. */
  refreshDelaysMs?: number[];
}) {
  const { refreshDelaysMs = DEFAULT_REFRESH_DELAYS_MS } = props;
  const { entity, refresh } = useAsyncEntity();
  const toastApi = useApi(toastApiRef);
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'edit' | 'remove'>();
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);

  useEffect(
    () => () => {
      timers.current.forEach(clearTimeout);
    },
    [],
  );

  const createdBy = entity?.metadata.annotations?.[ANNOTATION_CREATED_BY];
  if (!entity || !createdBy) {
    return null;
  }
  const createdAt = entity.metadata.annotations?.[ANNOTATION_CREATED_AT];

  const onSaved = () => {
    setDialog(undefined);
    toastApi.post({
      title: 'Saved; the catalog shows the change within a few seconds',
      status: 'success',
      timeout: 8000,
    });
    if (refresh) {
      timers.current.forEach(clearTimeout);
      timers.current = refreshDelaysMs.map(delay => setTimeout(refresh, delay));
    }
  };

  const onRemoved = () => {
    setDialog(undefined);
    toastApi.post({
      title: `Removed ${humanizeEntityRef(entity)}`,
      description: 'It leaves the catalog within a few seconds.',
      status: 'success',
      timeout: 8000,
    });
    navigate(CATALOG_INDEX_PATH);
  };

  return (
    <InfoCard title="Created in the portal">
      <StructuredMetadataTable
        metadata={{
          'created by': (
            <EntityRefLink entityRef={createdBy} defaultKind="user" />
          ),
          ...(createdAt && {
            'created on': (
              <span title={createdAt}>{dateInWords(createdAt)}</span>
            ),
          }),
        }}
      />
      <Box display="flex" mt={2} style={{ gap: 8 }}>
        <Button
          variant="outlined"
          color="primary"
          onClick={() => setDialog('edit')}
        >
          Edit
        </Button>
        <Button variant="outlined" onClick={() => setDialog('remove')}>
          Remove
        </Button>
      </Box>
      {dialog === 'edit' && (
        <EditDialog
          entity={entity}
          onClose={() => setDialog(undefined)}
          onSaved={onSaved}
        />
      )}
      {dialog === 'remove' && (
        <RemoveDialog
          entity={entity}
          onClose={() => setDialog(undefined)}
          onRemoved={onRemoved}
        />
      )}
    </InfoCard>
  );
}
