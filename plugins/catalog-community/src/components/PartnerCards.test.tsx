import { renderInTestApp } from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { Entity } from '@backstage/catalog-model';
import { screen } from '@testing-library/react';
import { PartnerEntity } from '@community-hub/catalog-common';
import { PartnerProfileCard } from './PartnerProfileCard';
import { RelatedEntitiesTableCard } from './RelatedEntitiesTableCard';
import { PartnerContactsCard } from './PartnerContactsCard';

const partner: PartnerEntity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Partner',
  metadata: { name: 'northwind-data', title: 'Northwind Data', namespace: 'default' },
  spec: {
    type: 'individual-sponsor',
    tier: 'gold',
    since: '2023-04-01',
    website: 'https://northwind-data.example',
    emailDomains: ['northwind-data.example', 'nw.example'],
    owner: 'group:default/partnerships',
    contacts: ['user:default/ines.carvalho'],
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/partnerships' },
    { type: 'hasContact', targetRef: 'user:default/ines.carvalho' },
    { type: 'sponsors', targetRef: 'component:default/kestrel-stream' },
    { type: 'maintains', targetRef: 'component:default/kestrel-connect' },
  ],
};

const component = (name: string, type: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default', description: `${name} package` },
  spec: { type, lifecycle: 'production', owner: 'group:default/core-maintainers' },
});

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('Partner cards', () => {
  it('shows the partnership with readable type and tier', async () => {
    await renderInTestApp(
      <EntityProvider entity={partner}>
        <PartnerProfileCard />
      </EntityProvider>,
      { mountedRoutes },
    );
    expect(screen.getByText('Individual sponsor')).toBeInTheDocument();
    expect(screen.getByText('Gold')).toBeInTheDocument();
    expect(screen.getByText('2023-04-01')).toBeInTheDocument();
    expect(screen.getByText('northwind-data.example, nw.example')).toBeInTheDocument();
    expect(screen.getByText('https://northwind-data.example').closest('a')).toHaveAttribute(
      'href',
      'https://northwind-data.example',
    );
  });

  it('lists the contacts', async () => {
    await renderInTestApp(
      <EntityProvider entity={partner}>
        <PartnerContactsCard />
      </EntityProvider>,
      { mountedRoutes },
    );
    expect(await screen.findByText(/ines\.carvalho/)).toBeInTheDocument();
  });

  it('lists sponsored and maintained packages with the relation of each', async () => {
    await renderInTestApp(
      <EntityProvider entity={partner}>
        <RelatedEntitiesTableCard
          title="Packages"
          emptyText="none"
          relations={[
            { type: 'sponsors', label: 'Sponsors' },
            { type: 'maintains', label: 'Maintains' },
          ]}
        />
      </EntityProvider>,
      {
        mountedRoutes,
        apis: [
          [
            catalogApiRef,
            catalogApiMock({
              entities: [
                partner,
                component('kestrel-stream', 'library'),
                component('kestrel-connect', 'framework'),
                component('kestrel-lint', 'tool'),
              ],
            }),
          ],
        ],
      },
    );
    const stream = await screen.findByText('kestrel-stream');
    expect(stream.closest('tr')).toHaveTextContent('Sponsors');
    expect(screen.getByText('kestrel-connect').closest('tr')).toHaveTextContent('Maintains');
    expect(screen.queryByText('kestrel-lint')).not.toBeInTheDocument();
  });

  it('says so when a partner backs no package yet', async () => {
    await renderInTestApp(
      <EntityProvider entity={{ ...partner, relations: [] }}>
        <RelatedEntitiesTableCard
          title="Packages"
          emptyText="This partner does not sponsor or maintain a package yet."
          relations={[{ type: 'sponsors', label: 'Sponsors' }]}
        />
      </EntityProvider>,
      { mountedRoutes, apis: [[catalogApiRef, catalogApiMock({ entities: [partner] })]] },
    );
    expect(
      await screen.findByText('This partner does not sponsor or maintain a package yet.'),
    ).toBeInTheDocument();
  });
});
