import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { communityHealthApiRef } from '../api/communityHealthApiRef';
import { lazyCommunityHealthApi } from '../api/lazyCommunityHealthApi';

/** The community health API, talking to `/api/community-health` as the signed-in person. */
export const communityHealthApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: communityHealthApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        lazyCommunityHealthApi(() =>
          import('@community-hub/plugin-community-health-common').then(
            m => new m.CommunityHealthClient({ discoveryApi, fetchApi }),
          ),
        ),
    }),
});
