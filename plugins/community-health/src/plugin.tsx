import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import FavoriteBorderIcon from '@material-ui/icons/FavoriteBorder';
import { communityHealthApi } from './extensions/communityHealthApi';
import { communityHealthPage } from './extensions/communityHealthPage';
import { entityHealthCard } from './extensions/entityHealthCard';
import { entityHealthContent } from './extensions/entityHealthContent';
import { rootRouteRef } from './routes';

/**
 * Community health: the dashboard at `/community-health`, the scorecard card
 * and the Health tab of package, partner and group pages.
 *
 * @public
 */
export const communityHealthPlugin = createFrontendPlugin({
  pluginId: 'community-health',
  title: 'Community health',
  icon: <FavoriteBorderIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    communityHealthApi,
    communityHealthPage,
    entityHealthCard,
    entityHealthContent,
  ],
});
