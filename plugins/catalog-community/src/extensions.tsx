import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  isPartnerEntity,
  RELATION_MAINTAINED_BY,
  RELATION_MAINTAINS,
  RELATION_SPONSORED_BY,
  RELATION_SPONSORS,
} from '@community-hub/catalog-common';
import { Entity } from '@backstage/catalog-model';
import { isCreatedInPortal } from './components/createdEntities';

const hasPartners = (entity: Entity) =>
  (entity.relations ?? []).some(
    r => r.type === RELATION_SPONSORED_BY || r.type === RELATION_MAINTAINED_BY,
  );

/** Type, tier and dates of a partnership, on Partner pages. */
export const partnerProfileCard = EntityCardBlueprint.make({
  name: 'partner-profile',
  params: {
    type: 'info',
    filter: isPartnerEntity,
    loader: async () =>
      import('./components/PartnerProfileCard').then(m => <m.PartnerProfileCard />),
  },
});

/** The partner's contact people, on Partner pages. */
export const partnerContactsCard = EntityCardBlueprint.make({
  name: 'partner-contacts',
  params: {
    type: 'info',
    filter: isPartnerEntity,
    loader: async () =>
      import('./components/PartnerContactsCard').then(m => <m.PartnerContactsCard />),
  },
});

/** The packages a partner sponsors or maintains, on Partner pages. */
export const partnerPackagesCard = EntityCardBlueprint.make({
  name: 'partner-packages',
  params: {
    type: 'content',
    filter: isPartnerEntity,
    loader: async () =>
      import('./components/RelatedEntitiesTableCard').then(m => (
        <m.RelatedEntitiesTableCard
          title="Packages"
          emptyText="This partner does not sponsor or maintain a package yet."
          relations={[
            { type: RELATION_SPONSORS, label: 'Sponsors' },
            { type: RELATION_MAINTAINS, label: 'Maintains' },
          ]}
        />
      )),
  },
});

/** The partners behind a package, on package pages that have any. */
export const packagePartnersCard = EntityCardBlueprint.make({
  name: 'package-partners',
  params: {
    type: 'content',
    filter: hasPartners,
    loader: async () =>
      import('./components/RelatedEntitiesTableCard').then(m => (
        <m.RelatedEntitiesTableCard
          title="Partners"
          emptyText="No partner sponsors or maintains this package."
          relations={[
            { type: RELATION_SPONSORED_BY, label: 'Sponsored by' },
            { type: RELATION_MAINTAINED_BY, label: 'Maintained by' },
          ]}
        />
      )),
  },
});

/**
 * Who created an entity the portal keeps and when, with Edit and Remove, on
 * the overview of entities of any kind created from a template.
 */
export const createdEntityCard = EntityCardBlueprint.make({
  name: 'created-entity',
  params: {
    type: 'info',
    filter: isCreatedInPortal,
    loader: async () =>
      import('./components/CreatedEntityCard').then(m => <m.CreatedEntityCard />),
  },
});
