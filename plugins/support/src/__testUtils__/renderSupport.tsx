import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { supportApiRef } from '../api/supportApiRef';
import { rootRouteRef } from '../routes';
import { LocationProbe } from './LocationProbe';
import type { MockSupportApi } from './fixtures';

/** Renders support UI in a test app with the support routes mounted and a location probe. */
export function renderSupport(
  element: JSX.Element,
  options: {
    api: MockSupportApi;
    path?: string;
    mountPath?: string;
    apis?: readonly any[];
  },
) {
  return renderInTestApp(
    <>
      {element}
      <LocationProbe />
    </>,
    {
      apis: [[supportApiRef, options.api], ...(options.apis ?? [])] as any,
      mountedRoutes: {
        '/support': rootRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
      initialRouteEntries: options.path ? [options.path] : undefined,
      mountPath: options.mountPath,
    },
  );
}
