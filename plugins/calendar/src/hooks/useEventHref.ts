import { useCallback } from 'react';
import { parseEntityRef } from '@backstage/catalog-model';
import { useRouteRef } from '@backstage/core-plugin-api';
import { entityRouteRef } from '@backstage/plugin-catalog-react';

/** Turns an event's entity ref into the address of its catalog page. */
export function useEventHref(): (eventRef: string) => string {
  const entityRoute = useRouteRef(entityRouteRef);
  return useCallback(
    (eventRef: string) => {
      const { kind, namespace, name } = parseEntityRef(eventRef, {
        defaultKind: 'event',
      });
      return entityRoute({
        kind: kind.toLocaleLowerCase('en-US'),
        namespace: namespace.toLocaleLowerCase('en-US'),
        name,
      });
    },
    [entityRoute],
  );
}
