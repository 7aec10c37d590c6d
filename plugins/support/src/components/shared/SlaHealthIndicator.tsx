import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { SLA_HEALTH_LABELS, SlaHealth } from '../../lib/slaHealth';

const useStyles = makeStyles(theme => ({
  dot: {
    display: 'inline-block',
    width: 12,
    height: 12,
    borderRadius: '50%',
    marginRight: theme.spacing(1),
  },
  green: { backgroundColor: theme.palette.success.main },
  amber: { backgroundColor: theme.palette.warning.main },
  red: { backgroundColor: theme.palette.error.main },
}));

/** A traffic light with its meaning in words. */
export function SlaHealthIndicator(props: { health: SlaHealth }) {
  const classes = useStyles();
  const label = SLA_HEALTH_LABELS[props.health];
  return (
    <Box
      display="inline-flex"
      alignItems="center"
      aria-label={`SLA health: ${label}`}
      role="img"
      data-health={props.health}
    >
      <span className={`${classes.dot} ${classes[props.health]}`} />
      <Typography variant="body2" component="span" aria-hidden>
        {label}
      </Typography>
    </Box>
  );
}
