import { render, screen, waitFor } from '@testing-library/react';
import { LazyHistoryChart, LazyLevelDistributionChart } from './LazyCharts';
import { levelBars } from './levelBars';

describe('LazyCharts', () => {
  it('loads recharts on first render and draws both charts', async () => {
    render(
      <>
        <LazyHistoryChart
          points={[
            {
              date: '2026-09-01',
              score: 60,
              level: 'silver',
              scorecardVersion: '1',
            },
            {
              date: '2026-11-30',
              score: 64.5,
              level: 'silver',
              scorecardVersion: '1',
            },
          ]}
        />
        <LazyLevelDistributionChart
          bars={levelBars({ gold: 2, none: 3, silver: 5, bronze: 4 })}
        />
      </>,
    );
    // The chart code is not there yet: a progress indicator holds its place
    expect(screen.getAllByTestId('progress')).toHaveLength(2);
    // Transforming recharts on first import takes seconds on a busy machine
    await waitFor(
      () =>
        expect(
          document.querySelectorAll('.recharts-responsive-container'),
        ).toHaveLength(2),
      { timeout: 30_000 },
    );
  }, 60_000);
});
