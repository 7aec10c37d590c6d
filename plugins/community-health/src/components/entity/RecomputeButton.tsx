import { useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import type { EntityScore } from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { communityHealthApiRef } from '../../api/communityHealthApiRef';
import { errorMessage } from '../../lib/errors';
import { formatScore } from '../../lib/format';
import { levelTitle } from '../../lib/levels';
import { ErrorNotice } from '../shared/ErrorNotice';

/**
 * "Recompute now": scores the entity again from fresh metrics (the server
 * answers within a second), says the new score and tells the page to reload.
 */
export function RecomputeButton(props: {
  entityRef: string;
  onRecomputed(score: EntityScore): void;
}) {
  const api = useApi(communityHealthApiRef);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EntityScore>();
  const [failure, setFailure] = useState<unknown>();

  const recompute = async () => {
    setBusy(true);
    setFailure(undefined);
    setResult(undefined);
    try {
      const score = await api.recompute(props.entityRef);
      setResult(score);
      props.onRecomputed(score);
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" flexDirection="column" alignItems="flex-end">
      <Button
        variant="outlined"
        color="primary"
        disabled={busy}
        onClick={recompute}
      >
        Recompute now
      </Button>
      <Box mt={1} role="status" aria-live="polite">
        {busy && <Typography variant="caption">Recomputing…</Typography>}
        {result && (
          <Typography variant="body2">
            New score: {formatScore(result.score)}, {levelTitle(result.level)}
          </Typography>
        )}
      </Box>
      {failure !== undefined && (
        <ErrorNotice
          title="The score could not be recomputed"
          message={errorMessage(failure)}
        />
      )}
    </Box>
  );
}
