import { useCallback } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

/** The path of the Health tab on entity pages. */
export const HEALTH_TAB_PATH = 'health';

/**
 * Turns an entity ref into the address of its catalog page, or of its Health
 * tab when `tab` is set.
 */
export function useEntityHref(): (
  entityRef: string,
  options?: { tab?: boolean },
) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (entityRef: string, options?: { tab?: boolean }) => {
      const { kind, namespace, name } = parseEntityRef(entityRef);
      const page = entityRoute({
        kind: kind.toLocaleLowerCase('en-US'),
        namespace: namespace.toLocaleLowerCase('en-US'),
        name,
      });
      return options?.tab ? `${page}/${HEALTH_TAB_PATH}` : page;
    },
    [entityRoute],
  );
}
