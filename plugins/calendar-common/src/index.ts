/**
 * Isomorphic pieces of the community calendar.
 *
 * @packageDocumentation
 */
export { expandOccurrences } from './expandOccurrences';
export type { Occurrence, TimeWindow } from './expandOccurrences';
export { buildCalendarFeed, eventUid } from './buildCalendarFeed';
export type { CalendarFeedOptions, FeedEvent } from './buildCalendarFeed';
