/**
 * Isomorphic pieces of the community calendar: recurrence expansion, RFC 5545
 * feeds, the HTTP API's types and client, and the permissions.
 *
 * @packageDocumentation
 */
export { expandOccurrences } from './expandOccurrences';
export type { Occurrence, TimeWindow } from './expandOccurrences';
export { buildCalendarFeed, eventUid } from './buildCalendarFeed';
export type { CalendarFeedOptions, FeedEvent } from './buildCalendarFeed';
export type { CalendarApi } from './api/CalendarApi';
export { CalendarClient } from './api/CalendarClient';
export type { CalendarClientOptions } from './api/CalendarClient';
export type * from './api/types';
export * from './permissions';
