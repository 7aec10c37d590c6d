import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';

/** A catalog entity to offer in a picker. */
export interface EntityOption {
  ref: string;
  label: string;
}

/**
 * The catalog's components, by title, to suggest as a question's related
 * entity. An unavailable catalog gives no suggestions; a typed ref still works.
 */
export function useComponentOptions() {
  const catalogApi = useApi(catalogApiRef);
  return useAsync(async (): Promise<EntityOption[]> => {
    try {
      const { items } = await catalogApi.getEntities({
        filter: { kind: 'component' },
        fields: [
          'kind',
          'metadata.name',
          'metadata.namespace',
          'metadata.title',
        ],
      });
      return items
        .map(entity => ({
          ref: stringifyEntityRef(entity),
          label: entity.metadata.title ?? entity.metadata.name,
        }))
        .sort((a, b) => a.label.localeCompare(b.label, 'en'));
    } catch {
      return [];
    }
  }, [catalogApi]);
}
