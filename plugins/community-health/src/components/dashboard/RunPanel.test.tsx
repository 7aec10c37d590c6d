import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockCommunityHealthApi, run } from '../../__testUtils__/fixtures';
import { renderHealth } from '../../__testUtils__/renderHealth';
import { RunPanel } from './RunPanel';

describe('RunPanel', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('follows a running computation every 2 seconds and reloads when it ends', async () => {
    jest.useFakeTimers();
    const api = mockCommunityHealthApi({
      getLatestRun: jest
        .fn()
        .mockResolvedValueOnce(run({ done: 7_000 }))
        .mockResolvedValueOnce(
          run({
            status: 'succeeded',
            done: 10_000,
            finishedAt: '2026-11-30T04:09:00.000Z',
          }),
        ),
    });
    const onFinished = jest.fn();
    renderHealth(<RunPanel latestRun={run()} onFinished={onFinished} />, {
      api,
    });

    expect(
      await screen.findByText('Computing 3,400 of 10,000'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Full computation progress' }),
    ).toHaveAttribute('aria-valuenow', '34');
    expect(
      screen.getByRole('button', { name: 'Recompute all' }),
    ).toBeDisabled();
    expect(api.getLatestRun).not.toHaveBeenCalled();

    await act(async () => {
      jest.advanceTimersByTime(1_999);
    });
    expect(api.getLatestRun).not.toHaveBeenCalled();
    await act(async () => {
      jest.advanceTimersByTime(1);
    });
    expect(api.getLatestRun).toHaveBeenCalledTimes(1);
    expect(
      await screen.findByText('Computing 7,000 of 10,000'),
    ).toBeInTheDocument();
    expect(onFinished).not.toHaveBeenCalled();

    await act(async () => {
      jest.advanceTimersByTime(2_000);
    });
    expect(
      await screen.findByText(/scored 10,000 entities/),
    ).toBeInTheDocument();
    expect(api.getLatestRun).toHaveBeenCalledTimes(2);
    expect(onFinished).toHaveBeenCalledTimes(1);

    // Finished: no more polling
    await act(async () => {
      jest.advanceTimersByTime(10_000);
    });
    expect(api.getLatestRun).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('button', { name: 'Recompute all' })).toBeEnabled();
  });

  it('starts a full computation and shows its progress', async () => {
    const api = mockCommunityHealthApi({
      startRun: jest
        .fn()
        .mockResolvedValue(run({ trigger: 'manual', total: 0, done: 0 })),
    });
    renderHealth(
      <RunPanel
        latestRun={run({
          status: 'failed',
          error: 'Catalog unreachable',
          finishedAt: '2026-11-30T04:02:00.000Z',
        })}
        onFinished={jest.fn()}
      />,
      { api },
    );
    expect(
      await screen.findByText(
        /failed on .* after 3,400 of 10,000 entities: Catalog unreachable/,
      ),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Recompute all' }),
    );

    expect(
      await screen.findByText('Starting the full computation'),
    ).toBeInTheDocument();
    expect(api.startRun).toHaveBeenCalledTimes(1);
    expect(
      screen.getByRole('button', { name: 'Recompute all' }),
    ).toBeDisabled();
  });
});
