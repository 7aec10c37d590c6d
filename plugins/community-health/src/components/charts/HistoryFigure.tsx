import type { HistoryPoint } from '@community-hub/plugin-community-health-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { historySummary } from '../../lib/historySummary';
import { LazyHistoryChart } from './LazyCharts';

const useStyles = makeStyles(theme => ({
  figure: { margin: 0 },
  caption: { marginTop: theme.spacing(1) },
}));

/** The score-over-time chart with its story in words underneath. */
export function HistoryFigure(props: {
  points: HistoryPoint[];
  label: string;
}) {
  const classes = useStyles();
  return (
    <figure className={classes.figure} aria-label={props.label}>
      {props.points.length > 0 && <LazyHistoryChart points={props.points} />}
      <Typography
        component="figcaption"
        variant="body2"
        color="textSecondary"
        className={classes.caption}
        data-testid="history-summary"
      >
        {historySummary(props.points)}
      </Typography>
    </figure>
  );
}
