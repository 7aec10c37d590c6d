import { Entity } from '@backstage/catalog-model';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  mockSupportApi,
  queue,
  questionSummary,
} from '../../__testUtils__/fixtures';
import { probedSearch } from '../../__testUtils__/LocationProbe';
import { renderSupport } from '../../__testUtils__/renderSupport';
import { EntitySupportContent } from './EntitySupportContent';

const kestrelFlow: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'kestrel-flow',
    namespace: 'default',
    title: 'Kestrel Flow',
  },
  spec: { type: 'library', owner: 'group:default/flow-maintainers' },
};

jest.setTimeout(30000);

describe('EntitySupportContent', () => {
  it("shows the entity's queue and questions, and asks with the queue and entity filled in", async () => {
    const api = mockSupportApi({
      listQueues: jest.fn().mockResolvedValue({
        items: [
          queue('getting-started', { title: 'Getting started' }),
          queue('kestrel-flow', {
            title: 'Kestrel Flow',
            entityRef: 'component:default/kestrel-flow',
            open: 10,
            breached: 1,
          }),
        ],
      }),
      listQuestions: jest.fn().mockResolvedValue({
        items: [questionSummary(8, { title: 'Flow retries' })],
        totalCount: 1,
        offset: 0,
        limit: 10,
      }),
    });
    renderSupport(
      <EntityProvider entity={kestrelFlow}>
        <EntitySupportContent />
      </EntityProvider>,
      { api, path: '/catalog/default/component/kestrel-flow/support' },
    );

    const queues = await screen.findByRole('table', { name: 'Queues' });
    expect(within(queues).getAllByRole('row')).toHaveLength(2);
    expect(
      within(queues).getByRole('link', { name: 'Kestrel Flow' }),
    ).toHaveAttribute('href', '/support/questions?queue=kestrel-flow');
    expect(
      within(queues).queryByText('Getting started'),
    ).not.toBeInTheDocument();
    expect(
      within(queues).getByRole('img', { name: 'SLA health: At risk' }),
    ).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Flow retries' })).toHaveAttribute(
      'href',
      '/support/questions/8',
    );
    expect(api.listQuestions).toHaveBeenCalledWith({
      entityRef: 'component:default/kestrel-flow',
      sort: 'newest',
      limit: 10,
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Ask a question' }),
    );
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/support/ask'),
    );
    const params = probedSearch(screen.getByTestId('location'));
    expect(params.get('queue')).toBe('kestrel-flow');
    expect(params.get('entityRef')).toBe('component:default/kestrel-flow');
  });
});
