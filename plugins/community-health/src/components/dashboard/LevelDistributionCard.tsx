import Typography from '@material-ui/core/Typography';
import { LazyLevelDistributionChart } from '../charts/LazyCharts';
import { levelBars } from '../charts/levelBars';
import { formatNumber } from '../../lib/format';
import { Panel } from '../shared/Panel';

/** How many entities are at each level: a bar chart with the numbers as a list. */
export function LevelDistributionCard(props: {
  distribution: Record<string, number>;
}) {
  const bars = levelBars(props.distribution);
  const total = bars.reduce((sum, bar) => sum + bar.count, 0);
  return (
    <Panel title="Levels">
      {total === 0 ? (
        <Typography variant="body2">No entities scored yet.</Typography>
      ) : (
        <>
          <LazyLevelDistributionChart bars={bars} />
          <ul aria-label="Entities per level">
            {bars.map(bar => (
              <li key={bar.levelId}>
                <Typography variant="body2" component="span">
                  {bar.title}: {formatNumber(bar.count)}
                </Typography>
              </li>
            ))}
          </ul>
        </>
      )}
    </Panel>
  );
}
