import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';

/**
 * Support at `/support`: the home with its queues, the question list, the
 * ask form, question pages, the FAQ and metrics. Its title and the plugin's
 * icon make the "Support" item of the sidebar.
 */
export const supportPage = PageBlueprint.make({
  params: {
    path: '/support',
    title: 'Support',
    routeRef: rootRouteRef,
    loader: () =>
      import('../components/SupportRouter').then(m => <m.SupportRouter />),
  },
});
