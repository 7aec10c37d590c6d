import type { Entity } from '@backstage/catalog-model';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { communityHealthApiRef } from '../api/communityHealthApiRef';
import { rootRouteRef } from '../routes';
import type { MockCommunityHealthApi } from './fixtures';
import { LocationProbe } from './LocationProbe';

/**
 * Renders community health UI in a test app with the plugin's and the
 * catalog's routes mounted, a location probe and, when given, an entity.
 */
export function renderHealth(
  element: JSX.Element,
  options: {
    api: MockCommunityHealthApi;
    entity?: Entity;
    catalogEntities?: Entity[];
    path?: string;
  },
) {
  const content = options.entity ? (
    <EntityProvider entity={options.entity}>{element}</EntityProvider>
  ) : (
    element
  );
  return renderInTestApp(
    <>
      {content}
      <LocationProbe />
    </>,
    {
      apis: [
        [communityHealthApiRef, options.api],
        [
          catalogApiRef,
          catalogApiMock({ entities: options.catalogEntities ?? [] }),
        ],
      ],
      mountedRoutes: {
        '/community-health': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: options.path ? [options.path] : undefined,
    },
  );
}
