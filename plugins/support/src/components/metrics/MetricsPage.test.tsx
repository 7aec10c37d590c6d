import { supportMetricDefinitions } from '@community-hub/plugin-support-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { metrics, mockSupportApi, queue } from '../../__testUtils__/fixtures';
import { probedSearch } from '../../__testUtils__/LocationProbe';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { MetricsPage } from './MetricsPage';

// The chart itself (recharts) needs a real layout; its data is what matters here.
jest.mock('./OpenedClosedChart', () => ({
  OpenedClosedChart: (props: { daily: Array<{ date: string }> }) => (
    <div data-testid="chart">{props.daily.map(day => day.date).join(',')}</div>
  ),
}));

const DAY = 86_400_000;

function setup(path = '/support/metrics') {
  const api = mockSupportApi({
    listQueues: jest.fn().mockResolvedValue({
      items: [queue('kestrel-flow', { title: 'Kestrel Flow' })],
    }),
    getQueueMetrics: jest.fn().mockResolvedValue({
      window: metrics().window,
      overall: metrics(),
      queues: [
        {
          ...metrics({
            timeToFirstResponse: { medianHours: 0.5, p90Hours: 6, count: 3 },
            resolutionDuration: { medianHours: null, p90Hours: null, count: 0 },
            withinTargetShare: null,
            backlog: 2,
            breaches: 1,
            opened: 3,
            closed: 1,
          }),
          queueId: 'kestrel-flow',
        },
      ],
    }),
    getMetricDefinitions: jest
      .fn()
      .mockResolvedValue({ items: [...supportMetricDefinitions] }),
  });
  renderSupport(<MetricsPage />, { api, path });
  return api;
}

jest.setTimeout(30000);

describe('MetricsPage', () => {
  it('shows the overall numbers, the chart data, each queue and the definitions', async () => {
    const api = setup();

    const tiles = await screen.findByLabelText('Overall');
    const value = (label: string) =>
      within(tiles).getByText(label).nextElementSibling?.textContent;
    expect(value('Median first response')).toBe('3.5 h');
    expect(value('p90 first response')).toBe('20 h');
    expect(value('Median resolution')).toBe('2.1 d');
    expect(value('Within target')).toBe('88%');
    expect(value('Backlog')).toBe('12');
    expect(value('Breaches')).toBe('4');
    expect(value('Opened')).toBe('45');
    expect(value('Closed')).toBe('38');

    expect(await screen.findByTestId('chart')).toHaveTextContent(
      '2026-03-30,2026-03-31',
    );

    const row = within(
      screen.getByRole('table', { name: 'Per queue' }),
    ).getByRole('row', { name: /Kestrel Flow/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map(cell => cell.textContent),
    ).toEqual(['Kestrel Flow', '30 min', '6 h', '–', '–', '2', '1', '3', '1']);

    expect(
      await screen.findByText('Time to first response (version 1)'),
    ).toBeInTheDocument();

    const [window] = api.getQueueMetrics.mock.calls[0];
    expect(Date.parse(window.to) - Date.parse(window.from)).toBe(90 * DAY);
    expect(Date.parse(window.to)).toBeGreaterThanOrEqual(Date.now());
  });

  it('asks again for another window and keeps it in the address', async () => {
    const api = setup();
    await screen.findByLabelText('Overall');

    await userEvent.selectOptions(screen.getByLabelText('Window'), '30');

    await waitFor(() => expect(api.getQueueMetrics).toHaveBeenCalledTimes(2));
    const [window] = api.getQueueMetrics.mock.calls[1];
    expect(Date.parse(window.to) - Date.parse(window.from)).toBe(30 * DAY);
    expect(probedSearch(screen.getByTestId('location')).get('days')).toBe('30');
  });
});
