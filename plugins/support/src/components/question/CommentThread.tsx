import { useState } from 'react';
import type { Answer } from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { displayRef } from '../../lib/refs';
import { formatDateTime } from '../../lib/time';
import { SafeMarkdown } from '../shared/SafeMarkdown';

const useStyles = makeStyles(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  comment: {
    borderTop: `1px solid ${theme.palette.divider}`,
    padding: theme.spacing(0.5, 0),
    fontSize: theme.typography.body2.fontSize,
    '& p': { margin: 0, display: 'inline' },
  },
}));

/** Comments under a question or an answer, and a small form to add one. */
export function CommentThread(props: {
  comments: Answer[];
  canComment: boolean;
  busy: boolean;
  onAdd(body: string): Promise<boolean>;
}) {
  const classes = useStyles();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const post = async () => {
    if (!body.trim()) return;
    if (await props.onAdd(body)) {
      setBody('');
      setOpen(false);
    }
  };
  return (
    <Box mt={1}>
      {props.comments.length > 0 && (
        <ul className={classes.list} aria-label="Comments">
          {props.comments.map(comment => (
            <li key={comment.id} className={classes.comment}>
              <SafeMarkdown content={comment.body} />{' '}
              <Typography variant="caption" color="textSecondary">
                – {displayRef(comment.authorRef)},{' '}
                {formatDateTime(comment.createdAt)}
              </Typography>
            </li>
          ))}
        </ul>
      )}
      {props.canComment && !open && (
        <Button size="small" onClick={() => setOpen(true)}>
          Add a comment
        </Button>
      )}
      {props.canComment && open && (
        <Box display="flex" alignItems="flex-start" mt={1}>
          <TextField
            label="Comment"
            multiline
            fullWidth
            variant="outlined"
            size="small"
            value={body}
            onChange={e => setBody(e.target.value)}
          />
          <Box ml={1}>
            <Button
              variant="outlined"
              onClick={post}
              disabled={props.busy || !body.trim()}
            >
              Post comment
            </Button>
          </Box>
        </Box>
      )}
    </Box>
  );
}
