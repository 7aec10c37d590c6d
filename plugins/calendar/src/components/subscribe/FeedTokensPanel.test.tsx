import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import type { FeedToken } from '@community-hub/plugin-calendar-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { calendarApiRef } from '../../api/calendarApiRef';
import {
  MockCalendarApi,
  mockCalendarApi,
  responseError,
} from '../../testUtils/fixtures';
import { FeedTokensPanel } from './FeedTokensPanel';

const existing: FeedToken = {
  id: 'feed-1',
  feed: { kind: 'mine' },
  createdAt: '2026-11-02T09:00:00Z',
  lastUsedAt: '2026-11-20T06:00:00Z',
};
const created: FeedToken = {
  id: 'feed-2',
  feed: { kind: 'tag', tag: 'roadmap' },
  createdAt: '2026-11-24T09:00:00Z',
};
const SECRET = 'https://hub.example/api/calendar/feeds/s3cr3t-token.ics';

async function renderPanel(api: MockCalendarApi) {
  await renderInTestApp(<FeedTokensPanel />, {
    apis: [
      [calendarApiRef, api],
      [catalogApiRef, catalogApiMock({ entities: [] })],
    ],
  });
}

describe('FeedTokensPanel', () => {
  it('creates a feed and shows its secret address only once', async () => {
    const api = mockCalendarApi({
      listFeedTokens: jest
        .fn()
        .mockResolvedValueOnce({ items: [existing] })
        .mockResolvedValue({ items: [existing, created] }),
      createFeedToken: jest
        .fn()
        .mockResolvedValue({ token: created, url: SECRET }),
    });
    await renderPanel(api);

    const feeds = await screen.findByRole('table', { name: 'Your feeds' });
    expect(
      within(feeds).getByText('My events (the ones I registered for)'),
    ).toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();

    await userEvent.click(screen.getByLabelText('The feed carries'));
    await userEvent.click(
      await screen.findByRole('option', { name: 'Events with a tag' }),
    );
    await userEvent.type(screen.getByLabelText('Tag'), 'roadmap');
    await userEvent.click(screen.getByRole('button', { name: 'Create feed' }));

    expect(api.createFeedToken).toHaveBeenCalledWith({
      kind: 'tag',
      tag: 'roadmap',
    });
    const notice = await screen.findByRole('region', {
      name: 'New feed address',
    });
    expect(within(notice).getByDisplayValue(SECRET)).toBeInTheDocument();
    expect(notice).toHaveTextContent('it is shown only this once');
    expect(
      within(notice).getByRole('button', { name: 'Copy' }),
    ).toBeInTheDocument();
    expect(await within(feeds).findByText('Tag: roadmap')).toBeInTheDocument();

    await userEvent.click(
      within(notice).getByRole('button', { name: 'Done, hide the address' }),
    );
    expect(
      screen.queryByRole('region', { name: 'New feed address' }),
    ).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue(SECRET)).not.toBeInTheDocument();
    expect(document.body.textContent).not.toContain('s3cr3t-token');
  });

  it('rotates a feed to a new address and revokes one after confirming', async () => {
    const api = mockCalendarApi({
      listFeedTokens: jest
        .fn()
        .mockResolvedValueOnce({ items: [existing] })
        .mockResolvedValueOnce({ items: [existing] })
        .mockResolvedValue({ items: [] }),
      rotateFeedToken: jest
        .fn()
        .mockResolvedValue({ token: existing, url: `${SECRET}?rotated` }),
      revokeFeedToken: jest.fn().mockResolvedValue(undefined),
    });
    await renderPanel(api);

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Rotate My events (the ones I registered for)',
      }),
    );
    expect(api.rotateFeedToken).toHaveBeenCalledWith('feed-1');
    const notice = await screen.findByRole('region', {
      name: 'New feed address',
    });
    expect(
      within(notice).getByDisplayValue(`${SECRET}?rotated`),
    ).toBeInTheDocument();
    expect(notice).toHaveTextContent('The old address no longer works');

    await userEvent.click(
      screen.getByRole('button', {
        name: 'Revoke My events (the ones I registered for)',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(api.revokeFeedToken).not.toHaveBeenCalled();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Revoke' }),
    );
    await waitFor(() =>
      expect(api.revokeFeedToken).toHaveBeenCalledWith('feed-1'),
    );
    expect(
      await screen.findByText('You have no feeds yet.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'New feed address' }),
    ).not.toBeInTheDocument();
  });

  it('explains when feeds are not allowed', async () => {
    const api = mockCalendarApi({
      listFeedTokens: jest
        .fn()
        .mockRejectedValue(responseError(403, 'Not allowed')),
    });
    await renderPanel(api);
    expect(
      await screen.findByText(/Calendar feeds are not available to you/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Create feed' }),
    ).not.toBeInTheDocument();
  });

  it("shows the backend's message when creating a feed fails", async () => {
    const api = mockCalendarApi({
      listFeedTokens: jest.fn().mockResolvedValue({ items: [] }),
      createFeedToken: jest
        .fn()
        .mockRejectedValue(responseError(400, 'You have too many feeds')),
    });
    await renderPanel(api);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Create feed' }),
    );
    expect(
      await screen.findByText('You have too many feeds'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'New feed address' }),
    ).not.toBeInTheDocument();
  });
});
