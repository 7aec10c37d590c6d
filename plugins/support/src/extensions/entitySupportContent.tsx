import { Entity } from '@backstage/catalog-model';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

const isComponent = (entity: Entity) =>
  entity.kind.toLocaleLowerCase('en-US') === 'component';

/** The Support tab on component (package) pages. */
export const entitySupportContent = EntityContentBlueprint.make({
  name: 'support',
  params: {
    path: 'support',
    title: 'Support',
    filter: isComponent,
    loader: () =>
      import('../components/entity/EntitySupportContent').then(m => (
        <m.EntitySupportContent />
      )),
  },
});
