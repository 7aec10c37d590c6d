import type { HealthDashboard } from '@community-hub/plugin-community-health-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatChange, formatNumber } from '../../lib/format';
import { targetLabel } from '../../lib/targets';
import { EntityLink } from '../shared/EntityLink';
import { Panel } from '../shared/Panel';

/** The entities whose score changed most over the period, up or down. */
export function MoversCard(props: {
  movers: HealthDashboard['movers'];
  days: number;
}) {
  return (
    <Panel
      title="Biggest movers"
      subheader={`Over the last ${props.days} days`}
    >
      {props.movers.length === 0 ? (
        <Typography variant="body2">
          No score changed in this period.
        </Typography>
      ) : (
        <Table size="small" aria-label="Biggest movers">
          <TableHead>
            <TableRow>
              <TableCell>Entity</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell align="right">Score</TableCell>
              <TableCell align="right">Change</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.movers.map(mover => (
              <TableRow key={mover.entityRef}>
                <TableCell>
                  <EntityLink entityRef={mover.entityRef} />
                </TableCell>
                <TableCell>{targetLabel(mover.target)}</TableCell>
                <TableCell align="right">
                  {formatNumber(mover.from)} → {formatNumber(mover.to)}
                </TableCell>
                <TableCell align="right">
                  {formatChange(mover.from, mover.to)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
