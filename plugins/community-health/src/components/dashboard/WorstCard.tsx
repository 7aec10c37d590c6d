import type { HealthDashboard } from '@community-hub/plugin-community-health-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatNumber } from '../../lib/format';
import { targetLabel } from '../../lib/targets';
import { EntityLink } from '../shared/EntityLink';
import { LevelBadge } from '../shared/LevelBadge';
import { Panel } from '../shared/Panel';

/** The lowest-scoring entities, each linked to its scorecard. */
export function WorstCard(props: { worst: HealthDashboard['worst'] }) {
  return (
    <Panel title="Lowest scores">
      {props.worst.length === 0 ? (
        <Typography variant="body2">No entities scored yet.</Typography>
      ) : (
        <Table size="small" aria-label="Lowest scores">
          <TableHead>
            <TableRow>
              <TableCell>Entity</TableCell>
              <TableCell>Kind</TableCell>
              <TableCell>Level</TableCell>
              <TableCell align="right">Score</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {props.worst.map(row => (
              <TableRow key={row.entityRef}>
                <TableCell>
                  <EntityLink entityRef={row.entityRef} />
                </TableCell>
                <TableCell>{targetLabel(row.target)}</TableCell>
                <TableCell>
                  <LevelBadge level={row.level} />
                </TableCell>
                <TableCell align="right">{formatNumber(row.score)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}
