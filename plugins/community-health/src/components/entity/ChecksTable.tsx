import { MarkdownContent } from '@backstage/core-components';
import type {
  EntityScore,
  MetricDefinition,
  Scorecard,
} from '@community-hub/plugin-community-health-common';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { formatMetricValue, formatThreshold } from '../../lib/format';
import { CheckStatusLabel } from './CheckStatusLabel';

/**
 * Every check of the scorecard with its status, the value against the
 * threshold, its weight and how to improve. Failing and missing checks come
 * first.
 */
export function ChecksTable(props: {
  scorecard: Scorecard;
  score: EntityScore | null;
  definitions: Map<string, MetricDefinition>;
}) {
  const { scorecard, score, definitions } = props;
  const results = new Map(score?.checks.map(r => [r.checkId, r]));
  const notes = new Map(score?.metrics.map(m => [m.metricId, m.note]));
  const order = { fail: 0, missing: 1, exempt: 2, pass: 3 };
  const checks = [...scorecard.checks].sort(
    (a, b) =>
      order[results.get(a.id)?.status ?? 'missing'] -
      order[results.get(b.id)?.status ?? 'missing'],
  );

  if (checks.length === 0) {
    return (
      <Typography variant="body2">
        This scorecard has no checks of its own: its score and level are rolled
        up from the entities it covers.
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label="Checks">
      <TableHead>
        <TableRow>
          <TableCell>Check</TableCell>
          <TableCell>Status</TableCell>
          <TableCell>Value</TableCell>
          <TableCell>Threshold</TableCell>
          <TableCell align="right">Weight</TableCell>
          <TableCell>How to improve</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {checks.map(check => {
          const result = results.get(check.id);
          const unit = definitions.get(check.metricId)?.unit;
          const note = notes.get(check.metricId);
          return (
            <TableRow key={check.id} data-testid={`check-${check.id}`}>
              <TableCell>
                <Typography variant="body2">{check.title}</Typography>
                <Typography variant="caption" color="textSecondary">
                  {definitions.get(check.metricId)?.title ?? check.metricId}
                </Typography>
              </TableCell>
              <TableCell>
                <CheckStatusLabel status={result?.status} />
              </TableCell>
              <TableCell>
                {formatMetricValue(result?.value ?? null, unit)}
                {note && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    display="block"
                  >
                    {note}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                {formatThreshold(check.operator, check.threshold, unit)}
              </TableCell>
              <TableCell align="right">{check.weight}</TableCell>
              <TableCell>
                <MarkdownContent content={check.howToImprove} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
