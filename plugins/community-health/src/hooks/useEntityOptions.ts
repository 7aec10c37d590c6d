import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** An entity to choose in a filter. */
export interface EntityOption {
  ref: string;
  label: string;
}

/** Teams (owner groups) or partners from the catalog, by title, for the dashboard filters. */
export function useEntityOptions(kind: 'group' | 'partner') {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<EntityOption[]> => {
    const { items } = await catalogApi.getEntities({
      filter: { kind },
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
