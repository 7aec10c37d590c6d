import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  exemption,
  KESTREL_FLOW,
  kestrelFlow,
  kestrelFlowHealth,
  kestrelFlowScore,
  mockCommunityHealthApi,
  MockCommunityHealthApi,
  responseError,
} from '../../__testUtils__/fixtures';
import { renderHealth } from '../../__testUtils__/renderHealth';
import { EntityHealthContent } from './EntityHealthContent';

jest.mock('../charts/HistoryChart', () => ({
  HistoryChart: (props: { points: Array<{ score: number }> }) => (
    <div data-testid="history-chart">
      {props.points.map(point => point.score).join(',')}
    </div>
  ),
}));

/** A date `days` after today (UTC), as the date field takes it. */
function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * After exempting two-maintainers: counted weights 3 + 2 + 2 + 2 = 9,
 * passing 3 + 2 + 2 = 7, score 100 * 7 / 9 = 77.78, rounded 77.8; bronze and
 * silver have every check passing or exempt, gold still lacks work-shared.
 */
const exemptedScore = {
  ...kestrelFlowScore,
  score: 77.8,
  level: 'silver',
  checks: kestrelFlowScore.checks.map(check =>
    check.checkId === 'two-maintainers'
      ? { ...check, status: 'exempt' as const }
      : check,
  ),
};

const newExemption = exemption({
  id: 8,
  checkId: 'two-maintainers',
  justification: 'The second maintainer joins in January.',
  expiresOn: inDays(60),
  createdAt: new Date().toISOString(),
});

async function renderTab(api: MockCommunityHealthApi) {
  renderHealth(<EntityHealthContent />, { api, entity: kestrelFlow });
  await screen.findByRole('heading', { name: 'Scorecard' });
}

/** Filling the form takes a few seconds in jsdom on a busy machine. */
const FORM_TIMEOUT_MS = 20_000;

const checkRow = (id: string) => screen.getByTestId(`check-${id}`);

/** Replaces a field's text as a paste would (typing key by key is slow here). */
async function fill(label: string, text: string) {
  const field = screen.getByLabelText(label);
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(text);
}

describe('EntityHealthContent', () => {
  it('shows every check with status, value against threshold, weight and advice, failing first', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue(kestrelFlowHealth()),
    });
    await renderTab(api);

    expect(api.getEntityHealth).toHaveBeenCalledWith(KESTREL_FLOW, {
      days: 90,
    });
    expect(screen.getByTestId('level-badge')).toHaveTextContent('Bronze');
    expect(screen.getByTestId('score')).toHaveTextContent('58.3 / 100');

    const rows = within(screen.getByRole('table', { name: 'Checks' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map(row => row.getAttribute('data-testid'))).toEqual([
      'check-two-maintainers',
      'check-work-shared',
      'check-events',
      'check-has-owner',
      'check-has-docs',
      'check-first-response',
    ]);
    await waitFor(() =>
      expect(checkRow('first-response')).toHaveTextContent('95%'),
    );
    const maintainers = checkRow('two-maintainers');
    expect(maintainers).toHaveTextContent('Fail');
    expect(maintainers).toHaveTextContent('≥ 2');
    expect(within(maintainers).getByText('regular reviewer').tagName).toBe(
      'STRONG',
    );
    expect(checkRow('work-shared')).toHaveTextContent('Missing');
    expect(checkRow('work-shared')).toHaveTextContent(
      'No dataNo repository found for this package',
    );
    expect(checkRow('events')).toHaveTextContent('Exempt');
    expect(checkRow('has-owner')).toHaveTextContent('PassYesYes3');
    expect(checkRow('first-response')).toHaveTextContent('Pass95%≥ 90%2');

    expect(screen.getByTestId('level-bronze')).toHaveTextContent('Reached');
    expect(screen.getByTestId('level-silver')).toHaveTextContent(
      'To reach Silver: At least two active maintainers',
    );
    expect(screen.getByTestId('level-gold')).toHaveTextContent(
      'To reach Gold: At least two active maintainers, Work well shared',
    );

    expect(
      within(screen.getByRole('table', { name: 'Exemptions' })).getByText(
        'A command-line tool; events are run by the Kestrel core team.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('history-summary')).toHaveTextContent(
      'From 50 on 1 Sep 2026 to 58.3 on 30 Nov 2026',
    );
  });

  it('reloads the history for the last 365 days', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue(kestrelFlowHealth()),
    });
    await renderTab(api);

    await userEvent.selectOptions(screen.getByLabelText('Period'), '365');

    await waitFor(() =>
      expect(api.getEntityHealth).toHaveBeenLastCalledWith(KESTREL_FLOW, {
        days: 365,
      }),
    );
  });

  it(
    'adds an exemption after checking the form, and shows the new level',
    async () => {
      const api = mockCommunityHealthApi({
        getEntityHealth: jest
          .fn()
          .mockResolvedValueOnce(kestrelFlowHealth())
          .mockResolvedValue(
            kestrelFlowHealth({
              score: exemptedScore,
              exemptions: [newExemption, exemption()],
            }),
          ),
        addExemption: jest.fn().mockResolvedValue(newExemption),
      });
      await renderTab(api);

      await userEvent.click(
        screen.getByRole('button', { name: 'Add exemption' }),
      );
      await userEvent.click(
        screen.getByRole('button', { name: 'Save exemption' }),
      );
      expect(
        screen.getByText('Choose the check the exemption is for.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Say why the check does not apply.'),
      ).toBeInTheDocument();
      expect(
        screen.getByText('Choose the last day the exemption applies.'),
      ).toBeInTheDocument();
      expect(api.addExemption).not.toHaveBeenCalled();

      await userEvent.selectOptions(
        screen.getByLabelText('Check'),
        'two-maintainers',
      );
      await fill(
        'Justification',
        '  The second maintainer joins in January.  ',
      );
      await fill('Expires on', inDays(400));
      await userEvent.click(
        screen.getByRole('button', { name: 'Save exemption' }),
      );
      expect(
        screen.getByText(/Exemptions last at most a year/),
      ).toBeInTheDocument();
      expect(api.addExemption).not.toHaveBeenCalled();

      await fill('Expires on', inDays(60));
      await userEvent.click(
        screen.getByRole('button', { name: 'Save exemption' }),
      );

      await waitFor(() =>
        expect(screen.getByTestId('level-badge')).toHaveTextContent('Silver'),
      );
      expect(api.addExemption).toHaveBeenCalledWith(KESTREL_FLOW, {
        checkId: 'two-maintainers',
        justification: 'The second maintainer joins in January.',
        expiresOn: inDays(60),
      });
      expect(screen.getByTestId('score')).toHaveTextContent('77.8 / 100');
      expect(checkRow('two-maintainers')).toHaveTextContent('Exempt');
      expect(screen.getByTestId('exemption-8')).toHaveTextContent(
        'The second maintainer joins in January.',
      );
      expect(
        screen.queryByRole('button', { name: 'Save exemption' }),
      ).not.toBeInTheDocument();
    },
    FORM_TIMEOUT_MS,
  );

  it(
    "shows the server's own words when it refuses an exemption",
    async () => {
      const api = mockCommunityHealthApi({
        getEntityHealth: jest.fn().mockResolvedValue(kestrelFlowHealth()),
        addExemption: jest
          .fn()
          .mockRejectedValueOnce(
            responseError(
              403,
              'Only the owners of component:default/kestrel-flow and community managers may exempt it from checks',
            ),
          )
          .mockRejectedValueOnce(
            responseError(
              400,
              "Invalid exemption: checkId: the package scorecard has no check 'has-docs'",
            ),
          ),
      });
      await renderTab(api);

      await userEvent.click(
        screen.getByRole('button', { name: 'Add exemption' }),
      );
      await userEvent.selectOptions(screen.getByLabelText('Check'), 'has-docs');
      await fill('Justification', 'Docs live upstream.');
      await fill('Expires on', inDays(30));
      await userEvent.click(
        screen.getByRole('button', { name: 'Save exemption' }),
      );

      const forbidden = await screen.findByRole('alert');
      expect(forbidden).toHaveTextContent(
        'You cannot add exemptions for this entity',
      );
      expect(forbidden).toHaveTextContent(
        'Only the owners of component:default/kestrel-flow and community managers may exempt it from checks',
      );

      await userEvent.click(
        screen.getByRole('button', { name: 'Save exemption' }),
      );
      await waitFor(() =>
        expect(screen.getByRole('alert')).toHaveTextContent(
          "The exemption was not acceptedInvalid exemption: checkId: the package scorecard has no check 'has-docs'",
        ),
      );
      // The form keeps what was typed
      expect(screen.getByLabelText('Justification')).toHaveValue(
        'Docs live upstream.',
      );
    },
    FORM_TIMEOUT_MS,
  );

  it('withdraws an exemption and keeps it listed as withdrawn', async () => {
    const withdrawn = exemption({
      revokedAt: '2026-12-01T09:00:00.000Z',
      revokedByRef: 'user:default/elena.voss',
    });
    const api = mockCommunityHealthApi({
      getEntityHealth: jest
        .fn()
        .mockResolvedValueOnce(
          kestrelFlowHealth({
            exemptions: [
              exemption(),
              exemption({
                id: 3,
                checkId: 'has-docs',
                expiresOn: '2026-01-31',
              }),
            ],
          }),
        )
        .mockResolvedValue(
          kestrelFlowHealth({
            exemptions: [
              withdrawn,
              exemption({
                id: 3,
                checkId: 'has-docs',
                expiresOn: '2026-01-31',
              }),
            ],
          }),
        ),
      revokeExemption: jest.fn().mockResolvedValue(withdrawn),
    });
    await renderTab(api);

    expect(screen.getByTestId('exemption-3')).toHaveTextContent('Expired');
    // Only active exemptions can be withdrawn
    expect(
      within(screen.getByTestId('exemption-3')).queryByRole('button'),
    ).not.toBeInTheDocument();
    const active = screen.getByTestId('exemption-7');
    expect(active).toHaveTextContent('Active');
    expect(active).toHaveTextContent('by aisha.rahman on 1 Nov 2026');

    await userEvent.click(
      within(active).getByRole('button', { name: 'Withdraw' }),
    );

    await waitFor(() =>
      expect(screen.getByTestId('exemption-7')).toHaveTextContent(
        'Withdrawn by elena.voss on 1 Dec 2026',
      ),
    );
    expect(api.revokeExemption).toHaveBeenCalledWith(7);
    expect(
      screen.queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
  });

  it('recomputes now and shows the new score', async () => {
    const recomputed = { ...kestrelFlowScore, score: 66.7, level: 'bronze' };
    const api = mockCommunityHealthApi({
      getEntityHealth: jest
        .fn()
        .mockResolvedValueOnce(kestrelFlowHealth())
        .mockResolvedValue(kestrelFlowHealth({ score: recomputed })),
      recompute: jest.fn().mockResolvedValue(recomputed),
    });
    await renderTab(api);

    await userEvent.click(
      screen.getByRole('button', { name: 'Recompute now' }),
    );

    expect(
      await screen.findByText('New score: 66.7 / 100, Bronze'),
    ).toBeInTheDocument();
    expect(api.recompute).toHaveBeenCalledWith(KESTREL_FLOW);
    await waitFor(() =>
      expect(screen.getByTestId('score')).toHaveTextContent('66.7 / 100'),
    );
  });

  it('offers neither exemptions nor recomputation to people who may not make them', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest
        .fn()
        .mockResolvedValue(
          kestrelFlowHealth({ can: { exempt: false, recompute: false } }),
        ),
    });
    await renderTab(api);

    expect(
      screen.queryByRole('button', { name: 'Add exemption' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Withdraw' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Recompute now' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/maintainers and community managers add and withdraw/),
    ).toBeInTheDocument();
  });

  it('shows what a group rolls up', async () => {
    const api = mockCommunityHealthApi({
      getEntityHealth: jest.fn().mockResolvedValue({
        score: {
          entityRef: 'group:default/core-maintainers',
          target: 'group',
          scorecardId: 'group',
          scorecardVersion: '1',
          score: 71.2,
          level: 'silver',
          checks: [],
          metrics: [],
          rollUp: {
            entityCount: 4,
            levelCounts: { none: 0, bronze: 1, silver: 2, gold: 1 },
          },
          computedAt: '2026-11-30T04:00:00.000Z',
        },
        scorecard: {
          id: 'group',
          title: 'Team health',
          version: '1',
          target: 'group',
          checks: [],
          levels: [
            { id: 'bronze', title: 'Bronze', checks: [] },
            { id: 'silver', title: 'Silver', checks: [] },
            { id: 'gold', title: 'Gold', checks: [] },
          ],
        },
        exemptions: [],
        history: [],
        can: { exempt: true, recompute: true },
      }),
    });
    renderHealth(<EntityHealthContent />, {
      api,
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'core-maintainers', namespace: 'default' },
        spec: { type: 'team', children: [] },
      },
    });

    expect(await screen.findByTestId('roll-up')).toHaveTextContent(
      'Rolled up from 4 entities: 1 Gold, 2 Silver, 1 Bronze.',
    );
    expect(screen.getByTestId('level-silver')).toHaveTextContent('Reached');
    expect(screen.getByTestId('level-gold')).toHaveTextContent('Not reached');
    expect(
      screen.getByText(/rolled up from the entities it covers/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add exemption' }),
    ).not.toBeInTheDocument();
    expect(screen.getByTestId('history-summary')).toHaveTextContent(
      'No history yet.',
    );
  });
});
