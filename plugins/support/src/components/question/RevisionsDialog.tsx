import { Progress, ResponseErrorPanel } from '@backstage/core-components';
import type { Revision } from '@community-hub/plugin-support-common';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import Divider from '@material-ui/core/Divider';
import Typography from '@material-ui/core/Typography';
import useAsync from 'react-use/esm/useAsync';
import { displayRef } from '../../lib/refs';
import { formatDateTime } from '../../lib/time';
import { SafeMarkdown } from '../shared/SafeMarkdown';

/** Earlier versions of a question or answer, newest first. */
export function RevisionsDialog(props: {
  title: string;
  load(): Promise<{ items: Revision[] }>;
  onClose(): void;
}) {
  const revisions = useAsync(async () => {
    const { items } = await props.load();
    return [...items].reverse();
    // Loaded once per opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Dialog
      open
      onClose={props.onClose}
      fullWidth
      maxWidth="md"
      aria-labelledby="support-revisions-title"
    >
      <DialogTitle id="support-revisions-title">{props.title}</DialogTitle>
      <DialogContent>
        {revisions.loading && <Progress />}
        {revisions.error && <ResponseErrorPanel error={revisions.error} />}
        {revisions.value?.length === 0 && (
          <Typography variant="body2">No earlier versions.</Typography>
        )}
        {revisions.value?.map((revision, index) => (
          <Box key={revision.id} component="section" mb={2}>
            {index > 0 && <Divider />}
            <Typography variant="subtitle2" component="h3">
              {formatDateTime(revision.createdAt)} by{' '}
              {displayRef(revision.editorRef)}
            </Typography>
            {revision.title && (
              <Typography variant="body1">{revision.title}</Typography>
            )}
            {revision.tags && revision.tags.length > 0 && (
              <Typography variant="caption" color="textSecondary">
                Tags: {revision.tags.join(', ')}
              </Typography>
            )}
            <SafeMarkdown content={revision.body} />
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
