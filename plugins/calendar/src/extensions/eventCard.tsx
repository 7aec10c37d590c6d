import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { isEventEntity } from '@community-hub/catalog-common';

/** The Event card on event pages: details, dates, registration and the `.ics` download. */
export const eventCard = EntityCardBlueprint.make({
  name: 'event',
  params: {
    type: 'content',
    filter: isEventEntity,
    loader: () =>
      import('../components/event/EventCard').then(m => <m.EventCard />),
  },
});
