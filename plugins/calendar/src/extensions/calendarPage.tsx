import {
  PageBlueprint,
  SubPageBlueprint,
} from '@backstage/frontend-plugin-api';
import { rootRouteRef } from '../routes';

/** The calendar at `/calendar`, with a tab for each sub-page. */
export const calendarPage = PageBlueprint.make({
  params: {
    path: '/calendar',
    title: 'Calendar',
    routeRef: rootRouteRef,
  },
});

/** Gatherings: meetups, workshops, calls, conferences, hackathons, office hours. */
export const eventsSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:calendar', input: 'pages' },
  name: 'events',
  params: {
    path: 'events',
    title: 'Events',
    loader: () =>
      import('../components/calendar/CalendarScreen').then(m => (
        <m.CalendarScreen category="gathering" />
      )),
  },
});

/** Blog posts, newsletters and podcast episodes by publish date. */
export const contentSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:calendar', input: 'pages' },
  name: 'content',
  params: {
    path: 'content',
    title: 'Content calendar',
    loader: () =>
      import('../components/calendar/CalendarScreen').then(m => (
        <m.CalendarScreen category="content" />
      )),
  },
});

/** Feed subscriptions and the `.ics` import. */
export const subscribeSubPage = SubPageBlueprint.make({
  attachTo: { id: 'page:calendar', input: 'pages' },
  name: 'subscribe',
  params: {
    path: 'subscribe',
    title: 'Subscribe',
    loader: () =>
      import('../components/subscribe/SubscribePage').then(m => (
        <m.SubscribePage />
      )),
  },
});
