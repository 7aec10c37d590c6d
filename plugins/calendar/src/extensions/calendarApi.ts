import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { calendarApiRef } from '../api/calendarApiRef';
import { lazyCalendarApi } from '../api/lazyCalendarApi';

/** The calendar API, talking to `/api/calendar` as the signed-in person. */
export const calendarApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: calendarApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        lazyCalendarApi(() =>
          import('@community-hub/plugin-calendar-common').then(
            m => new m.CalendarClient({ discoveryApi, fetchApi }),
          ),
        ),
    }),
});
