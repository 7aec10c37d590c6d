import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** An entity to choose in a filter or form. */
export interface EntityOption {
  ref: string;
  label: string;
}

/** The component types the community calls packages. */
const PACKAGE_TYPES = ['library', 'framework', 'tool'];

/** Which entities to offer. */
export type EntityOptionKind = 'package' | 'partner' | 'group';

const FILTERS: Record<EntityOptionKind, Record<string, string | string[]>> = {
  package: { kind: 'component', 'spec.type': PACKAGE_TYPES },
  partner: { kind: 'partner' },
  group: { kind: 'group' },
};

/** Packages, partners or groups from the catalog, by title, for pickers. */
export function useEntityOptions(kind: EntityOptionKind) {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<EntityOption[]> => {
    const { items } = await catalogApi.getEntities({
      filter: FILTERS[kind],
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    });
    return items
      .map(entity => ({
        ref: stringifyEntityRef(entity),
        label: entity.metadata.title ?? entity.metadata.name,
      }))
      .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  }, [catalogApi, kind]);
}
