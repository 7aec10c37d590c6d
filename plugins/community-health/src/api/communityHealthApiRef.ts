import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CommunityHealthApi } from '@community-hub/plugin-community-health-common';

/**
 * The community health backend as the frontend talks to it.
 *
 * @public
 */
export const communityHealthApiRef = createApiRef<CommunityHealthApi>({
  id: 'plugin.community-health.api',
});
