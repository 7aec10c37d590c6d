import type {
  QueueMetricsList,
  SupportQueue,
} from '@community-hub/plugin-support-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import { formatHours } from '../../lib/time';
import { formatShare } from './formatMetric';

/** One row of numbers per queue. */
export function QueueMetricsTable(props: {
  queues: QueueMetricsList['queues'];
  queueInfo: SupportQueue[];
}) {
  const title = (id: string) =>
    props.queueInfo.find(queue => queue.id === id)?.title ?? id;
  return (
    <Table size="small" aria-label="Per queue">
      <TableHead>
        <TableRow>
          <TableCell>Queue</TableCell>
          <TableCell align="right">Median first response</TableCell>
          <TableCell align="right">p90 first response</TableCell>
          <TableCell align="right">Median resolution</TableCell>
          <TableCell align="right">Within target</TableCell>
          <TableCell align="right">Backlog</TableCell>
          <TableCell align="right">Breaches</TableCell>
          <TableCell align="right">Opened</TableCell>
          <TableCell align="right">Closed</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.queues.map(queue => (
          <TableRow key={queue.queueId}>
            <TableCell component="th" scope="row">
              {title(queue.queueId)}
            </TableCell>
            <TableCell align="right">
              {formatHours(queue.timeToFirstResponse.medianHours)}
            </TableCell>
            <TableCell align="right">
              {formatHours(queue.timeToFirstResponse.p90Hours)}
            </TableCell>
            <TableCell align="right">
              {formatHours(queue.resolutionDuration.medianHours)}
            </TableCell>
            <TableCell align="right">
              {formatShare(queue.withinTargetShare)}
            </TableCell>
            <TableCell align="right">{queue.backlog}</TableCell>
            <TableCell align="right">{queue.breaches}</TableCell>
            <TableCell align="right">{queue.opened}</TableCell>
            <TableCell align="right">{queue.closed}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
