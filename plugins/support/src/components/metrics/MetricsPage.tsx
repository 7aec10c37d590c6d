import { lazy, Suspense, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  Content,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { supportApiRef } from '../../api/supportApiRef';
import { useQueues } from '../../hooks/useQueues';
import { formatDate } from '../../lib/time';
import { MetricDefinitions } from './MetricDefinitions';
import { MetricsSummary } from './MetricsSummary';
import { metricsWindow, parseWindowDays, WINDOW_DAYS } from './metricsWindow';
import { QueueMetricsTable } from './QueueMetricsTable';

// recharts loads only when the chart is drawn.
const OpenedClosedChart = lazy(() =>
  import('./OpenedClosedChart').then(m => ({ default: m.OpenedClosedChart })),
);

/** `/support/metrics`: response and resolution numbers for a window, overall and per queue. */
export function MetricsPage() {
  const supportApi = useApi(supportApiRef);
  const queues = useQueues();
  const [params, setParams] = useSearchParams();
  const days = parseWindowDays(params.get('days'));
  const range = useMemo(() => metricsWindow(days), [days]);
  const numbers = useAsync(
    () => supportApi.getQueueMetrics(range),
    [supportApi, range],
  );
  const definitions = useAsync(
    async () => (await supportApi.getMetricDefinitions()).items,
    [supportApi],
  );

  return (
    <Content>
      <Box display="flex" alignItems="center" flexWrap="wrap" mb={2}>
        <Box flexGrow={1}>
          <Typography variant="h5" component="h2">
            Metrics
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {formatDate(range.from)} to {formatDate(range.to)}
          </Typography>
        </Box>
        <TextField
          select
          id="support-metrics-window"
          label="Window"
          variant="outlined"
          size="small"
          value={String(days)}
          SelectProps={{ native: true }}
          onChange={e =>
            setParams(
              previous => {
                const next = new URLSearchParams(previous);
                next.set('days', e.target.value);
                return next;
              },
              { replace: true },
            )
          }
        >
          {WINDOW_DAYS.map(value => (
            <option key={value} value={value}>
              Last {value} days
            </option>
          ))}
        </TextField>
      </Box>
      {numbers.loading && <Progress />}
      {numbers.error && <ResponseErrorPanel error={numbers.error} />}
      {numbers.value && (
        <>
          <Typography variant="h6" component="h3" gutterBottom>
            Overall
          </Typography>
          <MetricsSummary metrics={numbers.value.overall} />
          <Box mt={3}>
            <Typography variant="h6" component="h3" gutterBottom>
              Opened and closed per day
            </Typography>
            <Paper variant="outlined">
              <Box p={2}>
                <Suspense fallback={<Progress />}>
                  <OpenedClosedChart daily={numbers.value.overall.daily} />
                </Suspense>
              </Box>
            </Paper>
          </Box>
          <Box mt={3}>
            <Typography variant="h6" component="h3" gutterBottom>
              Per queue
            </Typography>
            <Paper variant="outlined">
              <QueueMetricsTable
                queues={numbers.value.queues}
                queueInfo={queues.value ?? []}
              />
            </Paper>
          </Box>
        </>
      )}
      <Box mt={3}>
        <Typography variant="h6" component="h3" gutterBottom>
          Definitions
        </Typography>
        {definitions.error && <ResponseErrorPanel error={definitions.error} />}
        {definitions.value && (
          <MetricDefinitions
            definitions={definitions.value}
            used={numbers.value?.overall.definitions}
          />
        )}
      </Box>
    </Content>
  );
}
