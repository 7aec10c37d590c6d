import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * The dashboard at `/community-health`. Its title and the plugin's icon make
 * the "Community health" item of the sidebar and the page's heading.
 */
export const communityHealthPage = PageBlueprint.make({
  params: {
    path: '/community-health',
    title: 'Community health',
    routeRef: rootRouteRef,
    loader: () =>
      import('../components/dashboard/HealthDashboardPage').then(m => (
        <m.HealthDashboardPage />
      )),
  },
});
