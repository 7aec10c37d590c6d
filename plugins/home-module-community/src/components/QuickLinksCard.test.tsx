import { renderInTestApp } from '@backstage/frontend-test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { QuickLinksCard } from './QuickLinksCard';

const entity = (kind: string, name: string, type?: string): Entity => ({
  apiVersion: kind === 'Partner' ? 'communityhub.dev/v1alpha1' : 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default' },
  ...(type ? { spec: { type } } : {}),
});

describe('QuickLinksCard', () => {
  it('links to every area of the portal with live counts', async () => {
    await renderInTestApp(<QuickLinksCard />, {
      apis: [
        [
          catalogApiRef,
          catalogApiMock({
            entities: [
              entity('Component', 'kestrel-flow', 'framework'),
              entity('Component', 'kestrel-retry', 'library'),
              entity('Component', 'kestrel-cli', 'tool'),
              entity('Component', 'governance-handbook', 'documentation'),
              entity('Partner', 'northwind-data'),
              entity('Partner', 'marlow-university'),
              entity('User', 'amara.okafor'),
            ],
          }),
        ],
      ],
    });
    expect(screen.getByRole('link', { name: 'Packages' })).toHaveAttribute(
      'href',
      '/catalog?filters[kind]=component&filters[user]=all',
    );
    expect(screen.getByRole('link', { name: 'Governance' })).toHaveAttribute(
      'href',
      '/docs/default/component/governance-handbook',
    );
    expect(screen.getByRole('link', { name: 'Create' })).toHaveAttribute('href', '/create');
    expect(await screen.findByText('3 packages')).toBeInTheDocument();
    expect(screen.getByText('2 partners')).toBeInTheDocument();
    expect(screen.getByText('1 person')).toBeInTheDocument();
  });
});
