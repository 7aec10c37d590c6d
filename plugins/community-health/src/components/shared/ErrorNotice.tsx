import Box from '@material-ui/core/Box';
import Paper from '@material-ui/core/Paper';
import Typography from '@material-ui/core/Typography';
import ErrorOutlineIcon from '@material-ui/icons/ErrorOutline';
import { makeStyles } from '@material-ui/core/styles';

const useStyles = makeStyles(theme => ({
  root: {
    borderColor: theme.palette.error.main,
    color: theme.palette.error.main,
  },
}));

/** A failure told in one visible line, announced to screen readers. */
export function ErrorNotice(props: { title: string; message: string }) {
  const classes = useStyles();
  return (
    <Paper variant="outlined" role="alert" className={classes.root}>
      <Box display="flex" alignItems="flex-start" p={2}>
        <Box mr={1}>
          <ErrorOutlineIcon />
        </Box>
        <div>
          <Typography variant="subtitle2">{props.title}</Typography>
          <Typography variant="body2" color="textPrimary">
            {props.message}
          </Typography>
        </div>
      </Box>
    </Paper>
  );
}
