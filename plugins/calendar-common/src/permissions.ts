import {
  AuthorizeResult,
  ConditionalPolicyDecision,
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/**
 * The resource type of calendar events: Event entities as the calendar
 * indexes them.
 *
 * @public
 */
export const RESOURCE_TYPE_CALENDAR_EVENT = 'calendar-event';

/**
 * Registering for an event (and cancelling one's own registration).
 *
 * @public
 */
export const calendarRegistrationCreatePermission = createPermission({
  name: 'calendar.registration.create',
  attributes: { action: 'create' },
});

/**
 * Reading who registered for an event; for its organisers and community
 * managers. Conditional on the event (see the `IS_EVENT_ORGANISER` rule).
 *
 * @public
 */
export const calendarAttendeesReadPermission = createPermission({
  name: 'calendar.attendees.read',
  attributes: { action: 'read' },
  resourceType: RESOURCE_TYPE_CALENDAR_EVENT,
});

/**
 * Importing an `.ics` file into draft Event entities; for event organisers
 * and community managers.
 *
 * @public
 */
export const calendarEventImportPermission = createPermission({
  name: 'calendar.event.import',
  attributes: { action: 'create' },
});

/**
 * Subscribing to feeds: creating, rotating and revoking one's own feed tokens.
 *
 * @public
 */
export const calendarFeedTokenManagePermission = createPermission({
  name: 'calendar.feed-token.manage',
  attributes: { action: 'update' },
});

/** @public */
export const calendarPermissions = [
  calendarRegistrationCreatePermission,
  calendarAttendeesReadPermission,
  calendarEventImportPermission,
  calendarFeedTokenManagePermission,
];

/** The name of the rule that matches events a person organises. @public */
export const IS_EVENT_ORGANISER = 'IS_EVENT_ORGANISER';

/** The parameters of {@link IS_EVENT_ORGANISER}: the person's ownership entity refs. @public */
export type IsEventOrganiserParams = { claims: string[] };

/**
 * The decision "only for the events this person organises", for a
 * permission policy; `claims` are the person's ownership entity refs. The
 * calendar backend evaluates it against each event's owner and organisers.
 *
 * @public
 */
export function organisedEventsOnly(
  permission: ResourcePermission<typeof RESOURCE_TYPE_CALENDAR_EVENT>,
  claims: string[],
): ConditionalPolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'calendar',
    resourceType: permission.resourceType,
    conditions: {
      rule: IS_EVENT_ORGANISER,
      resourceType: permission.resourceType,
      params: { claims },
    },
  };
}
