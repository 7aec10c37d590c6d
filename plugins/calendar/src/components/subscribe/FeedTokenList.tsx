import { useState } from 'react';
import type { FeedToken } from '@community-hub/plugin-calendar-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { formatInstant, readerTimeZone } from '../../lib/time';
import { describeFeed } from './describeFeed';

/** The person's feeds, each with a rotate and a revoke button. */
export function FeedTokenList(props: {
  tokens: FeedToken[];
  busyId?: string;
  onRotate(token: FeedToken): void;
  onRevoke(token: FeedToken): void;
}) {
  const [revoking, setRevoking] = useState<FeedToken>();
  const zone = readerTimeZone();
  return (
    <>
      <Table size="small" aria-label="Your feeds">
        <TableHead>
          <TableRow>
            <TableCell>Feed</TableCell>
            <TableCell>Created</TableCell>
            <TableCell>Last read by a calendar app</TableCell>
            <TableCell align="right">Actions</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.tokens.map(token => (
            <TableRow key={token.id}>
              <TableCell>{describeFeed(token.feed)}</TableCell>
              <TableCell>{formatInstant(token.createdAt, zone)}</TableCell>
              <TableCell>
                {token.lastUsedAt
                  ? formatInstant(token.lastUsedAt, zone)
                  : 'Not yet'}
              </TableCell>
              <TableCell align="right" style={{ whiteSpace: 'nowrap' }}>
                <Button
                  size="small"
                  disabled={props.busyId === token.id}
                  onClick={() => props.onRotate(token)}
                  aria-label={`Rotate ${describeFeed(token.feed)}`}
                >
                  Rotate
                </Button>
                <Button
                  size="small"
                  color="secondary"
                  disabled={props.busyId === token.id}
                  onClick={() => setRevoking(token)}
                  aria-label={`Revoke ${describeFeed(token.feed)}`}
                >
                  Revoke
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Dialog open={!!revoking} onClose={() => setRevoking(undefined)}>
        <DialogTitle>Revoke this feed?</DialogTitle>
        <DialogContent>
          <DialogContentText>
            Calendar apps subscribed to "
            {revoking && describeFeed(revoking.feed)}" stop receiving events.
            This cannot be undone; you can create a new feed at any time.
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRevoking(undefined)}>Keep it</Button>
          <Button
            color="secondary"
            variant="contained"
            onClick={() => {
              if (revoking) props.onRevoke(revoking);
              setRevoking(undefined);
            }}
          >
            Revoke
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
