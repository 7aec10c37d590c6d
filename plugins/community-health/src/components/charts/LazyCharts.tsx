import { lazy, Suspense } from 'react';
import { Progress } from '@backstage/core-components';
import type { HistoryChartProps } from './HistoryChart';
import type { LevelDistributionChartProps } from './LevelDistributionChart';

// recharts is loaded only when a chart is drawn, so it stays out of the
// app's initial JavaScript and out of the entity card.
const HistoryChart = lazy(() =>
  import('./HistoryChart').then(m => ({ default: m.HistoryChart })),
);
const LevelDistributionChart = lazy(() =>
  import('./LevelDistributionChart').then(m => ({
    default: m.LevelDistributionChart,
  })),
);

/** The score-over-time chart, loaded on first render. */
export function LazyHistoryChart(props: HistoryChartProps) {
  return (
    <Suspense fallback={<Progress />}>
      <HistoryChart {...props} />
    </Suspense>
  );
}

/** The level distribution chart, loaded on first render. */
export function LazyLevelDistributionChart(props: LevelDistributionChartProps) {
  return (
    <Suspense fallback={<Progress />}>
      <LevelDistributionChart {...props} />
    </Suspense>
  );
}
