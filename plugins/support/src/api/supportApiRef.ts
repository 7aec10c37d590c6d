import { createApiRef } from '@backstage/frontend-plugin-api';
import type { SupportApi } from '@community-hub/plugin-support-common';

/**
 * The support backend as the frontend talks to it.
 *
 * @public
 */
export const supportApiRef = createApiRef<SupportApi>({
  id: 'plugin.support.api',
});
