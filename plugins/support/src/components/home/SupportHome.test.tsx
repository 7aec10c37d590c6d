import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockSupportApi, queue } from '../../__testUtils__/fixtures';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { SupportHome } from './SupportHome';

jest.setTimeout(30000);

describe('SupportHome', () => {
  it('lists queues with backlog, breaches and health, linking into the list', async () => {
    const api = mockSupportApi({
      listQueues: jest.fn().mockResolvedValue({
        items: [
          queue('kestrel-flow', {
            title: 'Kestrel Flow',
            open: 8,
            unanswered: 3,
            breached: 2,
          }),
          queue('security', {
            title: 'Security',
            visibility: 'private',
            open: 1,
          }),
        ],
      }),
    });
    renderSupport(<SupportHome />, { api, path: '/support' });

    const table = await screen.findByRole('table', { name: 'Queues' });
    const [, flow, security] = within(table).getAllByRole('row');
    expect(
      within(flow).getByRole('img', { name: 'SLA health: Behind' }),
    ).toBeInTheDocument();
    expect(within(flow).getByRole('link', { name: '2' })).toHaveAttribute(
      'href',
      '/support/questions?queue=kestrel-flow&breached=true',
    );
    expect(within(flow).getByRole('link', { name: '3' })).toHaveAttribute(
      'href',
      '/support/questions?queue=kestrel-flow&unanswered=true',
    );
    expect(within(security).getByText('Private')).toBeInTheDocument();
    expect(
      within(security).getByRole('img', { name: 'SLA health: On track' }),
    ).toBeInTheDocument();

    await userEvent.click(
      screen.getByRole('button', { name: 'Ask a question' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/support/ask'),
    );
    expect(screen.getByRole('button', { name: 'FAQ' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Metrics' })).toBeInTheDocument();
  });
});
