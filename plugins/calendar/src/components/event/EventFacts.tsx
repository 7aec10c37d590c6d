import { Link, StructuredMetadataTable } from '@backstage/core-components';
import { EntityRefLinks } from '@backstage/plugin-catalog-react';
import type { EventEntity } from '@community-hub/catalog-common';
import { ReactNode } from 'react';

/** Where an event takes place, and who and what it is about. */
export function EventFacts(props: { spec: EventEntity['spec'] }) {
  const { spec } = props;
  const facts: Record<string, ReactNode> = {};
  const { location } = spec;
  if (location?.venue || location?.address) {
    facts.where = [location.venue, location.address].filter(Boolean).join(', ');
  }
  if (location?.onlineUrl) {
    facts.online = <Link to={location.onlineUrl}>{location.onlineUrl}</Link>;
  }
  const links = (
    label: string,
    refs: string[] | undefined,
    defaultKind: string,
  ) => {
    if (refs?.length) {
      facts[label] = (
        <EntityRefLinks entityRefs={refs} defaultKind={defaultKind} />
      );
    }
  };
  links('speakers', spec.speakers, 'user');
  links('organisers', spec.organisers, 'user');
  links('packages', spec.packages, 'component');
  links('partners', spec.partners, 'partner');
  links('owner', [spec.owner], 'group');
  return <StructuredMetadataTable metadata={facts} dense />;
}
