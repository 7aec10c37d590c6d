import type { ComputationRun } from '@community-hub/plugin-community-health-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import Typography from '@material-ui/core/Typography';
import { errorMessage, isForbidden } from '../../lib/errors';
import { formatInstant, formatNumber } from '../../lib/format';
import { ErrorNotice } from '../shared/ErrorNotice';
import { Panel } from '../shared/Panel';
import { useComputationRun } from './useComputationRun';

function RunStatus(props: { run?: ComputationRun }) {
  const { run } = props;
  if (!run) {
    return (
      <Typography variant="body2">No full computation has run yet.</Typography>
    );
  }
  const how = run.trigger === 'manual' ? 'started by hand' : 'scheduled';
  if (run.status === 'running') {
    const percent = run.total > 0 ? (100 * run.done) / run.total : 0;
    return (
      <>
        <Typography variant="body1" role="status">
          {run.total > 0
            ? `Computing ${formatNumber(run.done)} of ${formatNumber(
                run.total,
              )}`
            : 'Starting the full computation'}
        </Typography>
        <Box my={1}>
          <LinearProgress
            variant={run.total > 0 ? 'determinate' : 'indeterminate'}
            value={percent}
            aria-label="Full computation progress"
          />
        </Box>
        <Typography variant="caption" color="textSecondary">
          Started {formatInstant(run.startedAt)} ({how})
        </Typography>
      </>
    );
  }
  if (run.status === 'failed') {
    return (
      <Typography variant="body2" role="status">
        The last full computation ({how}) failed
        {run.finishedAt
          ? ` on ${formatInstant(run.finishedAt)}`
          : ''} after {formatNumber(run.done)} of {formatNumber(run.total)}{' '}
        entities
        {run.error ? `: ${run.error}` : '.'}
      </Typography>
    );
  }
  return (
    <Typography variant="body2" role="status">
      The last full computation ({how}) scored {formatNumber(run.total)}{' '}
      entities
      {run.finishedAt ? ` and finished ${formatInstant(run.finishedAt)}` : ''}.
    </Typography>
  );
}

/**
 * The latest full computation with its progress, and "Recompute all" for
 * community managers (others see the server's refusal).
 */
export function RunPanel(props: {
  latestRun?: ComputationRun;
  onFinished(): void;
}) {
  const { run, start, starting, startError, pollError } = useComputationRun(
    props.latestRun,
    props.onFinished,
  );
  const running = run?.status === 'running';
  return (
    <Panel
      title="Full computation"
      action={
        <Button
          variant="outlined"
          color="primary"
          disabled={running || starting}
          onClick={start}
        >
          Recompute all
        </Button>
      }
    >
      <RunStatus run={run} />
      {startError !== undefined && (
        <Box mt={2}>
          <ErrorNotice
            title={
              isForbidden(startError)
                ? 'Only community managers can recompute everything'
                : 'The full computation could not start'
            }
            message={errorMessage(startError)}
          />
        </Box>
      )}
      {pollError !== undefined && (
        <Box mt={2}>
          <ErrorNotice
            title="The progress could not be fetched; trying again"
            message={errorMessage(pollError)}
          />
        </Box>
      )}
    </Panel>
  );
}
