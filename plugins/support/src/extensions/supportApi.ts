import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { supportApiRef } from '../api/supportApiRef';
import { lazySupportApi } from '../api/lazySupportApi';

/** The support API, talking to `/api/support` as the signed-in person. */
export const supportApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: supportApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        lazySupportApi(() =>
          import('@community-hub/plugin-support-common').then(
            m => new m.SupportClient({ discoveryApi, fetchApi }),
          ),
        ),
    }),
});
