import { createApiRef } from '@backstage/frontend-plugin-api';
import type { CalendarApi } from '@community-hub/plugin-calendar-common';

/**
 * The calendar backend as the frontend talks to it.
 *
 * @public
 */
export const calendarApiRef = createApiRef<CalendarApi>({
  id: 'plugin.calendar.api',
});
