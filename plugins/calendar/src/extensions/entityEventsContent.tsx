import { Entity } from '@backstage/catalog-model';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';

const KINDS_WITH_EVENTS = ['component', 'partner', 'group'];

const hasEvents = (entity: Entity) =>
  KINDS_WITH_EVENTS.includes(entity.kind.toLocaleLowerCase('en-US'));

/** The Events tab on package, partner and team pages. */
export const entityEventsContent = EntityContentBlueprint.make({
  name: 'events',
  params: {
    path: 'events',
    title: 'Events',
    filter: hasEvents,
    loader: () =>
      import('../components/agenda/EntityEventsContent').then(m => (
        <m.EntityEventsContent />
      )),
  },
});
