import { Link } from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import type { SupportQueueSummary } from '@community-hub/plugin-support-common';
import Chip from '@material-ui/core/Chip';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { displayRef } from '../../lib/refs';
import { slaHealth } from '../../lib/slaHealth';
import { questionsRouteRef } from '../../routes';
import { SlaHealthIndicator } from '../shared/SlaHealthIndicator';

/** The queues with their backlog, breaches and health, each linking into the list. */
export function QueueTable(props: { queues: SupportQueueSummary[] }) {
  const questionsLink = useRouteRef(questionsRouteRef);
  const listHref = (params: Record<string, string>) =>
    questionsLink
      ? `${questionsLink()}?${new URLSearchParams(params)}`
      : undefined;
  const count = (value: number, params: Record<string, string>) => {
    const href = listHref(params);
    return href && value > 0 ? <Link to={href}>{value}</Link> : value;
  };

  return (
    <Table aria-label="Queues">
      <TableHead>
        <TableRow>
          <TableCell>Queue</TableCell>
          <TableCell>Team</TableCell>
          <TableCell align="right">Open</TableCell>
          <TableCell align="right">Unanswered</TableCell>
          <TableCell align="right">Breached</TableCell>
          <TableCell>SLA health</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.queues.map(queue => {
          const href = listHref({ queue: queue.id });
          return (
            <TableRow key={queue.id} data-queue-id={queue.id}>
              <TableCell>
                <Typography variant="body1" component="div">
                  {href ? <Link to={href}>{queue.title}</Link> : queue.title}{' '}
                  {queue.visibility === 'private' && (
                    <Chip size="small" label="Private" />
                  )}
                </Typography>
                <Typography variant="caption" color="textSecondary">
                  {queue.description}
                </Typography>
              </TableCell>
              <TableCell>{displayRef(queue.team)}</TableCell>
              <TableCell align="right">
                {count(queue.open, { queue: queue.id, status: 'open' })}
              </TableCell>
              <TableCell align="right">
                {count(queue.unanswered, {
                  queue: queue.id,
                  unanswered: 'true',
                })}
              </TableCell>
              <TableCell align="right">
                {count(queue.breached, { queue: queue.id, breached: 'true' })}
              </TableCell>
              <TableCell>
                <SlaHealthIndicator health={slaHealth(queue)} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
