import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { HEALTH_TAB_PATH } from '../hooks/useEntityHref';
import { hasHealthScorecard } from '../lib/healthEntities';

/**
 * The Health tab on package, partner and group pages: the full scorecard,
 * levels, history, exemptions and recomputation.
 */
export const entityHealthContent = EntityContentBlueprint.make({
  name: 'health',
  params: {
    path: HEALTH_TAB_PATH,
    title: 'Health',
    filter: hasHealthScorecard,
    loader: () =>
      import('../components/entity/EntityHealthContent').then(m => (
        <m.EntityHealthContent />
      )),
  },
});
