import type { SupportMetrics } from '@community-hub/plugin-support-common';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { formatHours } from '../../lib/time';
import { formatShare } from './formatMetric';

const useStyles = makeStyles(theme => ({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: theme.spacing(2),
    margin: 0,
  },
  tile: { padding: theme.spacing(2) },
  value: { margin: 0, fontSize: '1.75rem', fontWeight: 'bold' },
}));

/** The numbers of one scope, each metric as a labelled tile. */
export function metricTiles(metrics: SupportMetrics) {
  return [
    {
      label: 'Median first response',
      value: formatHours(metrics.timeToFirstResponse.medianHours),
    },
    {
      label: 'p90 first response',
      value: formatHours(metrics.timeToFirstResponse.p90Hours),
    },
    {
      label: 'Median resolution',
      value: formatHours(metrics.resolutionDuration.medianHours),
    },
    {
      label: 'Within target',
      value: formatShare(metrics.withinTargetShare),
    },
    { label: 'Backlog', value: String(metrics.backlog) },
    { label: 'Breaches', value: String(metrics.breaches) },
    { label: 'Opened', value: String(metrics.opened) },
    { label: 'Closed', value: String(metrics.closed) },
  ];
}

/** Overall numbers for the window. */
export function MetricsSummary(props: { metrics: SupportMetrics }) {
  const classes = useStyles();
  return (
    <dl className={classes.grid} aria-label="Overall">
      {metricTiles(props.metrics).map(tile => (
        <Paper key={tile.label} variant="outlined" className={classes.tile}>
          <Typography component="dt" variant="body2" color="textSecondary">
            {tile.label}
          </Typography>
          <dd className={classes.value}>{tile.value}</dd>
        </Paper>
      ))}
    </dl>
  );
}
