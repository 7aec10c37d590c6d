/**
 * The Community Hub front page: the community's name and purpose and quick
 * links into the portal.
 *
 * @packageDocumentation
 */
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { communityHomeLayout, quickLinksWidget } from './extensions';

/** @public */
export const homeModuleCommunity = createFrontendModule({
  pluginId: 'home',
  extensions: [communityHomeLayout, quickLinksWidget],
});

export default homeModuleCommunity;
