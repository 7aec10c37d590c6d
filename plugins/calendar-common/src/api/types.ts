import type { EventEntity } from '@community-hub/catalog-common';

/** The kind of an Event: a gathering (meetup, call...) or a content item. @public */
export type EventCategory = 'gathering' | 'content';

/**
 * What the calendar knows about one Event entity: its spec, flattened for
 * display, plus the SEQUENCE its feeds carry.
 *
 * @public
 */
export interface CalendarEvent {
  /** `event:<namespace>/<name>` */
  entityRef: string;
  title: string;
  type: EventEntity['spec']['type'];
  category: EventCategory;
  /** `scheduled` or `cancelled` for gatherings; the content status for content items. */
  status: 'scheduled' | 'cancelled' | 'draft' | 'published';
  description?: string;
  owner: string;
  organisers: string[];
  speakers: string[];
  packages: string[];
  partners: string[];
  tags: string[];
  /** Wall-clock start in the event's zone, or a date for all-day events and content items. */
  start?: string;
  end?: string;
  timeZone: string;
  allDay: boolean;
  recurrence?: { rrule: string; exdates?: string[] };
  location?: { venue?: string; address?: string; onlineUrl?: string };
  capacity?: number;
  registration?: { opens?: string; closes?: string };
  /** Rises each time the entity's content changes; carried as SEQUENCE in feeds. */
  sequence: number;
}

/**
 * What a calendar view needs of an event: no description, people or
 * registration details, so that a month of occurrences stays small.
 *
 * @public
 */
export type CalendarEventSummary = Pick<
  CalendarEvent,
  | 'entityRef'
  | 'title'
  | 'type'
  | 'category'
  | 'status'
  | 'tags'
  | 'packages'
  | 'partners'
  | 'timeZone'
  | 'allDay'
>;

/** One occurrence of an event in a queried range. @public */
export interface CalendarOccurrence {
  eventRef: string;
  /** ISO instant (UTC). */
  start: string;
  /** ISO instant (UTC); exclusive. */
  end: string;
  /** Wall-clock start in the event's own zone, or the date when all-day. */
  localStart: string;
}

/** Filters of a range query; all optional, combined with AND. @public */
export interface OccurrenceFilter {
  types?: string[];
  tags?: string[];
  /** Events related to this package, partner or group (entity ref). */
  relatedTo?: string;
  category?: EventCategory;
}

/** The answer to a range query. @public */
export interface OccurrencesResponse {
  /** The events that have occurrences in the range, by entity ref. */
  events: Record<string, CalendarEventSummary>;
  /** Sorted by start. */
  occurrences: CalendarOccurrence[];
}

/** Where the signed-in person stands for one event. @public */
export type MyRegistration =
  | { status: 'none' }
  | { status: 'registered'; registeredAt: string }
  | { status: 'waitlisted'; registeredAt: string; waitlistPosition: number };

/** Why registration is closed right now. @public */
export type RegistrationClosedReason =
  | 'draft'
  | 'cancelled'
  | 'not-yet-open'
  | 'closed'
  | 'ended'
  | 'not-a-gathering';

/** The registration picture of one event for the signed-in person. @public */
export interface RegistrationSummary {
  /** Seats; absent when the event has no seat limit. */
  capacity?: number;
  registered: number;
  waitlisted: number;
  /** Absent when the event has no seat limit. */
  seatsLeft?: number;
  open: boolean;
  closedReason?: RegistrationClosedReason;
  mine: MyRegistration;
}

/** One event with its registration picture. @public */
export interface EventDetails {
  event: CalendarEvent;
  registration: RegistrationSummary;
  /** The next occurrences from now (at most 10). */
  upcoming: CalendarOccurrence[];
  /** Whether the signed-in person may see the attendee list. */
  canSeeAttendees: boolean;
}

/** A person on an attendee list. @public */
export interface Attendee {
  userRef: string;
  registeredAt: string;
}

/** The attendee list of an event, for organisers and community managers. @public */
export interface AttendeeList {
  registered: Attendee[];
  /** In waitlist order. */
  waitlisted: Attendee[];
}

/** One registration of the signed-in person. @public */
export interface MyRegistrationItem {
  eventRef: string;
  status: 'registered' | 'waitlisted';
  registeredAt: string;
  waitlistPosition?: number;
}

/** Which events a subscribed feed carries. @public */
export type FeedSelector =
  | { kind: 'all' }
  | { kind: 'type'; type: string }
  | { kind: 'tag'; tag: string }
  | { kind: 'related'; entityRef: string }
  | { kind: 'mine' };

/** A feed subscription of the signed-in person; the token itself is shown only once. @public */
export interface FeedToken {
  id: string;
  feed: FeedSelector;
  createdAt: string;
  lastUsedAt?: string;
}

/** A feed subscription with its secret URL, returned on creation and rotation. @public */
export interface FeedTokenWithUrl {
  token: FeedToken;
  /** The URL to paste into a calendar client; contains the secret token. */
  url: string;
}

/** One event read from an imported `.ics` file. @public */
export interface ImportedDraft {
  /** The draft Event entity; its status is `draft` until reviewed. */
  entity: EventEntity;
  /** The same entity as YAML, ready to save under `community/events/`. */
  yaml: string;
  /** Validation problems; a draft with problems needs editing before it is saved. */
  problems: string[];
}

/** The result of an `.ics` import. @public */
export interface ImportResult {
  drafts: ImportedDraft[];
  /** Components that could not become events (for example a VTODO), with the reason. */
  skipped: { summary?: string; reason: string }[];
}
