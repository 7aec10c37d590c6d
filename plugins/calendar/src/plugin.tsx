import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import EventIcon from '@material-ui/icons/Event';
import { calendarApi } from './extensions/calendarApi';
import {
  calendarPage,
  contentSubPage,
  eventsSubPage,
  subscribeSubPage,
} from './extensions/calendarPage';
import { entityEventsContent } from './extensions/entityEventsContent';
import { eventCard } from './extensions/eventCard';
import { upcomingEventsWidget } from './extensions/upcomingEventsWidget';
import { rootRouteRef } from './routes';

/**
 * The community calendar: the calendar page with its content calendar and
 * feeds, the Event card of event pages, the Events tab of packages, partners
 * and teams, and the upcoming-events widget of the home page.
 *
 * @public
 */
export const calendarPlugin = createFrontendPlugin({
  pluginId: 'calendar',
  title: 'Calendar',
  icon: <EventIcon fontSize="inherit" />,
  routes: { root: rootRouteRef },
  extensions: [
    calendarApi,
    calendarPage,
    eventsSubPage,
    contentSubPage,
    subscribeSubPage,
    eventCard,
    entityEventsContent,
    upcomingEventsWidget,
  ],
});
