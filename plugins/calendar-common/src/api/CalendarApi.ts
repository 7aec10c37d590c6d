import type {
  AttendeeList,
  EventDetails,
  FeedSelector,
  FeedToken,
  FeedTokenWithUrl,
  ImportResult,
  MyRegistrationItem,
  OccurrenceFilter,
  OccurrencesResponse,
  RegistrationSummary,
} from './types';

/**
 * The calendar's HTTP API, as a typed client sees it. Events are named by
 * their entity ref (`event:default/kestrel-community-call`).
 *
 * @public
 */
export interface CalendarApi {
  /** Occurrences overlapping `[from, to)` (ISO instants), at most 400 days apart. */
  getOccurrences(
    range: { from: string; to: string },
    filter?: OccurrenceFilter,
  ): Promise<OccurrencesResponse>;
  getEvent(eventRef: string): Promise<EventDetails>;
  /** The event as an RFC 5545 file. */
  getEventIcs(eventRef: string): Promise<string>;
  register(eventRef: string): Promise<RegistrationSummary>;
  cancelRegistration(eventRef: string): Promise<RegistrationSummary>;
  getAttendees(eventRef: string): Promise<AttendeeList>;
  getMyRegistrations(): Promise<{ items: MyRegistrationItem[] }>;
  listFeedTokens(): Promise<{ items: FeedToken[] }>;
  createFeedToken(feed: FeedSelector): Promise<FeedTokenWithUrl>;
  rotateFeedToken(id: string): Promise<FeedTokenWithUrl>;
  revokeFeedToken(id: string): Promise<void>;
  /** Reads an `.ics` file into draft Event entities; nothing is stored. */
  importIcs(ics: string): Promise<ImportResult>;
}
