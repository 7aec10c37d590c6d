import {
  CalendarEvent,
  IS_EVENT_ORGANISER,
  RESOURCE_TYPE_CALENDAR_EVENT,
} from '@community-hub/plugin-calendar-common';
import {
  createPermissionResourceRef,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';

/** Criteria over calendar events; the calendar applies them in memory. */
export type CalendarEventQuery = { organisedBy: string[] };

/** The permission resource of calendar events. */
export const calendarEventResourceRef = createPermissionResourceRef<
  CalendarEvent,
  CalendarEventQuery
>().with({ pluginId: 'calendar', resourceType: RESOURCE_TYPE_CALENDAR_EVENT });

/** Matches events whose owner or one of whose organisers is among the claims. */
export const isEventOrganiser = createPermissionRule({
  name: IS_EVENT_ORGANISER,
  description:
    'Allow the owner and the organisers of an event (users or groups)',
  resourceRef: calendarEventResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe(
        'Entity refs of the person and their groups, e.g. user:default/amara.okafor',
      ),
  }),
  apply: (event, { claims }) =>
    [event.owner, ...event.organisers].some(ref => claims.includes(ref)),
  toQuery: ({ claims }) => ({ organisedBy: claims }),
});

export const calendarPermissionRules = [isEventOrganiser];
