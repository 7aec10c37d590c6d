import { useApi } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** The component types that the community's package standards call packages. */
export const PACKAGE_TYPES = ['library', 'framework', 'tool'];

/**
 * How many entities of each kind the catalog holds, keyed by lower-case kind,
 * plus `package` for the components that are packages.
 */
export function useCatalogCounts() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async () => {
    const [kinds, componentTypes] = await Promise.all([
      catalogApi.getEntityFacets({ facets: ['kind'] }),
      catalogApi.getEntityFacets({ facets: ['spec.type'], filter: { kind: 'component' } }),
    ]);
    const counts = new Map<string, number>();
    for (const { value, count } of kinds.facets.kind ?? []) {
      counts.set(value.toLocaleLowerCase('en-US'), count);
    }
    const packages = (componentTypes.facets['spec.type'] ?? [])
      .filter(({ value }) => PACKAGE_TYPES.includes(value.toLocaleLowerCase('en-US')))
      .reduce((sum, { count }) => sum + count, 0);
    counts.set('package', packages);
    return counts;
  }, [catalogApi]);
}
