import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** How many entities of each kind the catalog holds, keyed by lower-case kind. */
export function useCatalogCounts() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const { facets } = await catalogApi.getEntityFacets({ facets: ['kind'] });
    const counts = new Map<string, number>();
    for (const { value, count } of facets.kind ?? []) {
      counts.set(value.toLocaleLowerCase('en-US'), count);
    }
    return counts;
  }, [catalogApi]);
}
