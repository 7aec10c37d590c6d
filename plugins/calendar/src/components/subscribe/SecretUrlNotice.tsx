import { useEffect, useState } from 'react';
import Button from '@material-ui/core/Button';
import Paper from '@material-ui/core/Paper';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import useCopyToClipboard from 'react-use/esm/useCopyToClipboard';

const useStyles = makeStyles(theme => ({
  notice: {
    padding: theme.spacing(2),
    marginBottom: theme.spacing(2),
    borderLeft: `4px solid ${theme.palette.warning.main}`,
  },
  row: {
    display: 'flex',
    gap: theme.spacing(1),
    alignItems: 'center',
    margin: theme.spacing(1, 0),
  },
  url: { fontFamily: 'monospace' },
}));

/**
 * The secret address of a feed just created or rotated. The backend returns
 * it once; once dismissed it cannot be shown again.
 */
export function SecretUrlNotice(props: {
  url: string;
  feedDescription: string;
  rotated: boolean;
  onDone(): void;
}) {
  const classes = useStyles();
  const [copyState, copy] = useCopyToClipboard();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (copyState.value) setCopied(true);
  }, [copyState]);

  return (
    <Paper
      variant="outlined"
      className={classes.notice}
      role="region"
      aria-label="New feed address"
    >
      <Typography variant="subtitle1" component="h3">
        {props.rotated ? 'The new address' : 'Your feed address'} for "
        {props.feedDescription}"
      </Typography>
      <Typography variant="body2">
        Copy it now: it is shown only this once. Anyone who has it can read this
        feed, so keep it to yourself.
        {props.rotated &&
          ' The old address no longer works; update your calendar app.'}
      </Typography>
      <div className={classes.row}>
        <TextField
          id="calendar-feed-address"
          value={props.url}
          variant="outlined"
          size="small"
          fullWidth
          label="Feed address"
          InputProps={{ readOnly: true, classes: { input: classes.url } }}
          onFocus={e => e.target.select()}
        />
        <Button
          variant="contained"
          color="primary"
          onClick={() => copy(props.url)}
        >
          {copied ? 'Copied' : 'Copy'}
        </Button>
      </div>
      {copyState.error && (
        <Typography variant="body2" color="error">
          Copying failed; select the address and copy it by hand.
        </Typography>
      )}
      <Typography variant="body2" paragraph>
        Paste it where your calendar app subscribes to a calendar from the
        internet: in Google Calendar "Other calendars, From URL", in Apple
        Calendar "File, New Calendar Subscription", in Thunderbird "New
        Calendar, On the Network", in Outlook "Add calendar, Subscribe from
        web". The app then refreshes the feed by itself. Lost it? Rotate the
        feed to get a new address.
      </Typography>
      <Button variant="outlined" onClick={props.onDone}>
        Done, hide the address
      </Button>
    </Paper>
  );
}
