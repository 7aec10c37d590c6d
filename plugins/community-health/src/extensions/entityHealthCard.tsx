import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { hasHealthScorecard } from '../lib/healthEntities';

/**
 * The community health card on package, partner and group pages: level,
 * score, trend and the failing checks with what to do about them.
 */
export const entityHealthCard = EntityCardBlueprint.make({
  name: 'scorecard',
  params: {
    filter: hasHealthScorecard,
    loader: () =>
      import('../components/entity/EntityHealthCard').then(m => (
        <m.EntityHealthCard />
      )),
  },
});
