import { InfoCard, Link, StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLinks, getEntityRelations, useEntity } from '@backstage/plugin-catalog-react';
import { RELATION_OWNED_BY } from '@backstage/catalog-model';
import { isPartnerEntity } from '@community-hub/catalog-common';

const typeLabels: Record<string, string> = {
  company: 'Company',
  university: 'University',
  foundation: 'Foundation',
  alliance: 'Alliance',
  'individual-sponsor': 'Individual sponsor',
};

/** The partnership at a glance: type, tier, since when, website, domains, owner. */
export function PartnerProfileCard() {
  const { entity } = useEntity();
  if (!isPartnerEntity(entity)) {
    return null;
  }
  const { spec } = entity;
  return (
    <InfoCard title="Partnership">
      <StructuredMetadataTable
        metadata={{
          type: typeLabels[spec.type] ?? spec.type,
          tier: spec.tier.charAt(0).toLocaleUpperCase('en-US') + spec.tier.slice(1),
          'partner since': spec.since,
          website: <Link to={spec.website}>{spec.website}</Link>,
          'email domains': spec.emailDomains.join(', '),
          'looked after by': (
            <EntityRefLinks
              entityRefs={getEntityRelations(entity, RELATION_OWNED_BY)}
              defaultKind="group"
            />
          ),
        }}
      />
    </InfoCard>
  );
}
