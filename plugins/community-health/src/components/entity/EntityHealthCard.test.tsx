import { screen, within } from '@testing-library/react';
import {
  KESTREL_FLOW,
  kestrelFlow,
  kestrelFlowHealth,
  kestrelFlowScore,
  mockCommunityHealthApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { renderHealth } from '../../__testUtils__/renderHealth';
import { EntityHealthCard } from './EntityHealthCard';

describe('EntityHealthCard', () => {
  it('shows the level, the score, the trend and the failing checks with advice', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue(kestrelFlowHealth()),
    });
    renderHealth(<EntityHealthCard />, { api, entity: kestrelFlow });

    expect(await screen.findByTestId('level-badge')).toHaveTextContent(
      'Bronze',
    );
    expect(screen.getByTestId('score')).toHaveTextContent('58.3 / 100');
    expect(api.getEntityHealth).toHaveBeenCalledWith(KESTREL_FLOW, {
      days: 90,
    });
    expect(
      screen.getByRole('img', {
        name: 'Score trend over the last 90 days: from 50 to 58.3',
      }),
    ).toBeInTheDocument();

    // The failing check and the one without data; not the exempt or passing ones
    const failing = screen.getByRole('list', { name: 'Failing checks' });
    const items = within(failing).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('At least two active maintainers');
    expect(within(items[0]).getByText('regular reviewer').tagName).toBe(
      'STRONG',
    );
    expect(items[1]).toHaveTextContent('Work well shared (no data)');
    expect(within(items[1]).getByText('experienced').tagName).toBe('EM');
    expect(failing).not.toHaveTextContent('Featured at an event');

    expect(
      screen.getByRole('link', { name: /Open the scorecard/ }),
    ).toHaveAttribute('href', '/catalog/default/component/kestrel-flow/health');
  });

  it('says when every check passes and when there is no level', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue(
        kestrelFlowHealth({
          score: {
            ...kestrelFlowScore,
            score: 100,
            level: null,
            checks: kestrelFlowScore.checks.map(check => ({
              ...check,
              status: 'pass' as const,
            })),
          },
          history: [],
        }),
      ),
    });
    renderHealth(<EntityHealthCard />, { api, entity: kestrelFlow });

    expect(await screen.findByText('Every check passes.')).toBeInTheDocument();
    expect(screen.getByTestId('level-badge')).toHaveTextContent('No level');
    expect(screen.getByTestId('score')).toHaveTextContent('100 / 100');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says when the entity has not been scored yet, and when loading fails', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest
        .fn()
        .mockResolvedValue(kestrelFlowHealth({ score: null, history: [] })),
    });
    const { unmount } = renderHealth(<EntityHealthCard />, {
      api,
      entity: kestrelFlow,
    });
    expect(await screen.findByText(/Not scored yet/)).toBeInTheDocument();
    unmount();

    api.getEntityHealth.mockRejectedValue(
      responseError(500, 'The database is not reachable'),
    );
    renderHealth(<EntityHealthCard />, { api, entity: kestrelFlow });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The database is not reachable',
    );
  });
});
