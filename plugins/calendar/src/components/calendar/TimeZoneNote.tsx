import Typography from '@material-ui/core/Typography';
import PublicIcon from '@material-ui/icons/Public';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  note: {
    display: 'flex',
    alignItems: 'center',
    gap: theme.spacing(1),
    color: theme.palette.text.secondary,
  },
}));

/** Says which zone the calendar's times are in. */
export function TimeZoneNote(props: {
  timeZone: string;
  category: 'gathering' | 'content';
}) {
  const classes = useStyles();
  return (
    <Typography
      variant="body2"
      className={classes.note}
      data-testid="time-zone-note"
    >
      <PublicIcon fontSize="small" aria-hidden />
      {props.category === 'gathering' ? (
        <span>
          Times are shown in your time zone, <strong>{props.timeZone}</strong>.
          Hover over an event to see its time in the event's own zone; click it
          to open the event.
        </span>
      ) : (
        <span>
          Blog posts, newsletters and podcast episodes on their publish dates,
          labelled draft, scheduled or published. Click one to open it.
        </span>
      )}
    </Typography>
  );
}
