import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

/** The next community events on the home page. */
export const upcomingEventsWidget = HomePageWidgetBlueprint.make({
  name: 'upcoming-events',
  params: {
    name: 'UpcomingEvents',
    title: 'Upcoming events',
    description: 'The next five community events, with a link to the calendar',
    layout: { width: { defaultColumns: 6 } },
    components: () =>
      import('../components/home/UpcomingEventsCard').then(m => ({
        Content: m.UpcomingEventsCard,
      })),
  },
});
