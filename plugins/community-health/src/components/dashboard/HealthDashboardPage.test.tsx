import type { Entity } from '@backstage/catalog-model';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  dashboard,
  mockCommunityHealthApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { probedSearch } from '../../__testUtils__/LocationProbe';
import { renderHealth } from '../../__testUtils__/renderHealth';
import { HealthDashboardPage } from './HealthDashboardPage';

// The charts (recharts) need a real layout; the data they get is what matters here.
jest.mock('../charts/HistoryChart', () => ({
  HistoryChart: (props: { points: Array<{ date: string }> }) => (
    <div data-testid="history-chart">
      {props.points.map(point => point.date).join(',')}
    </div>
  ),
}));
jest.mock('../charts/LevelDistributionChart', () => ({
  LevelDistributionChart: (props: {
    bars: Array<{ title: string; count: number }>;
  }) => (
    <div data-testid="level-chart">
      {props.bars.map(bar => `${bar.title}=${bar.count}`).join(',')}
    </div>
  ),
}));

const catalogEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'core-maintainers', title: 'Core maintainers' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'communityhub.dev/v1alpha1',
    kind: 'Partner',
    metadata: { name: 'northwind-data', title: 'Northwind Data' },
    spec: {},
  },
];

function setup(path = '/community-health', value = dashboard()) {
  const api = mockCommunityHealthApi({
    getDashboard: jest.fn().mockResolvedValue(value),
  });
  renderHealth(<HealthDashboardPage />, { api, path, catalogEntities });
  return api;
}

const panel = (title: string) =>
  screen
    .getByRole('heading', { name: title })
    .closest('.MuiCard-root') as HTMLElement;

describe('HealthDashboardPage', () => {
  it("shows the community's score, level, history and level distribution", async () => {
    const api = setup();

    const community = (
      await screen.findByRole('heading', { name: 'Community score' })
    ).closest('.MuiCard-root') as HTMLElement;
    expect(within(community).getByText('64.5 / 100')).toBeInTheDocument();
    expect(within(community).getByText('Silver')).toBeInTheDocument();
    // Highest level first, levels nobody is at left out
    expect(within(community).getByTestId('roll-up')).toHaveTextContent(
      'Rolled up from 14 entities: 2 Gold, 5 Silver, 4 Bronze, 3 No level.',
    );

    const history = panel('Score over time');
    expect(
      await within(history).findByTestId('history-chart'),
    ).toHaveTextContent('2026-09-01,2026-10-01,2026-11-30');
    expect(within(history).getByTestId('history-summary')).toHaveTextContent(
      'From 60 on 1 Sep 2026 to 64.5 on 30 Nov 2026, lowest 60, highest 64.5.',
    );

    // Ordered from no level up to gold, whatever order the server sent
    const levels = panel('Levels');
    expect(await within(levels).findByTestId('level-chart')).toHaveTextContent(
      'No level=3,Bronze=4,Silver=5,Gold=2',
    );
    expect(
      within(levels)
        .getAllByRole('listitem')
        .map(item => item.textContent),
    ).toEqual(['No level: 3', 'Bronze: 4', 'Silver: 5', 'Gold: 2']);

    expect(api.getDashboard).toHaveBeenCalledWith({
      target: undefined,
      owner: undefined,
      partner: undefined,
      days: 90,
    });
  });

  it('lists the biggest movers and the lowest scores with links to their scorecards', async () => {
    setup();

    const movers = await screen.findByRole('table', { name: 'Biggest movers' });
    const [flow, northwind] = within(movers).getAllByRole('row').slice(1);
    expect(
      within(flow).getByRole('link', { name: 'kestrel-flow' }),
    ).toHaveAttribute('href', '/catalog/default/component/kestrel-flow/health');
    // 77.8 - 58.3 = 19.5; 64 - 70 = -6
    expect(flow).toHaveTextContent('Package58.3 → 77.8+19.5');
    expect(northwind).toHaveTextContent('Partner70 → 64−6');

    const worst = screen.getByRole('table', { name: 'Lowest scores' });
    const [lint, docs] = within(worst).getAllByRole('row').slice(1);
    expect(
      within(lint).getByRole('link', { name: 'kestrel-lint' }),
    ).toHaveAttribute('href', '/catalog/default/component/kestrel-lint/health');
    expect(lint).toHaveTextContent('PackageNo level21.4');
    expect(docs).toHaveTextContent('GroupBronze40');
  });

  it('reads its filters from the address and keeps changes there', async () => {
    const api = setup(
      '/community-health?target=partner&owner=group%3Adefault%2Fcore-maintainers&days=365',
    );

    await screen.findByRole('heading', { name: 'Community score' });
    expect(api.getDashboard).toHaveBeenLastCalledWith({
      target: 'partner',
      owner: 'group:default/core-maintainers',
      partner: undefined,
      days: 365,
    });
    expect(screen.getByLabelText('Kind')).toHaveValue('partner');
    expect(
      await screen.findByRole('option', { name: 'Core maintainers' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Owner')).toHaveValue(
      'group:default/core-maintainers',
    );

    await userEvent.selectOptions(screen.getByLabelText('Kind'), 'package');
    await userEvent.selectOptions(
      screen.getByLabelText('Partner'),
      'Northwind Data',
    );

    const search = probedSearch(screen.getByTestId('location'));
    expect(search.get('target')).toBe('package');
    expect(search.get('owner')).toBe('group:default/core-maintainers');
    expect(search.get('partner')).toBe('partner:default/northwind-data');
    expect(search.get('days')).toBe('365');
    await waitFor(() =>
      expect(api.getDashboard).toHaveBeenLastCalledWith({
        target: 'package',
        owner: 'group:default/core-maintainers',
        partner: 'partner:default/northwind-data',
        days: 365,
      }),
    );

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    const cleared = probedSearch(screen.getByTestId('location'));
    expect(cleared.get('target')).toBeNull();
    expect(cleared.get('owner')).toBeNull();
    expect(cleared.get('partner')).toBeNull();
  });

  it("shows the server's refusal when someone who is not a manager recomputes everything", async () => {
    const api = setup();
    api.startRun.mockRejectedValue(
      responseError(
        403,
        'Only community managers may start a full computation',
      ),
    );

    await userEvent.click(
      await screen.findByRole('button', { name: 'Recompute all' }),
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'Only community managers can recompute everything',
    );
    expect(alert).toHaveTextContent(
      'Only community managers may start a full computation',
    );
    expect(screen.getByText(/scored 10,000 entities/)).toBeInTheDocument();
  });

  it('says what is missing before the first computation', async () => {
    setup(
      '/community-health',
      dashboard({
        community: null,
        history: [],
        levelDistribution: {},
        movers: [],
        worst: [],
        latestRun: undefined,
      }),
    );

    expect(
      await screen.findByText(/The community has no score yet/),
    ).toBeInTheDocument();
    expect(screen.getByText('No history yet.')).toBeInTheDocument();
    expect(
      screen.getByText('No score changed in this period.'),
    ).toBeInTheDocument();
    expect(screen.getAllByText('No entities scored yet.')).toHaveLength(2);
    expect(
      screen.getByText('No full computation has run yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByTestId('history-chart')).not.toBeInTheDocument();
  });
});
