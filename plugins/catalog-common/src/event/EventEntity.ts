import type { Entity } from '@backstage/catalog-model';
import { COMMUNITY_API_VERSION } from '../partner/PartnerEntity';

/** Gatherings: they have a start, an end and a place. @public */
export const GATHERING_TYPES = [
  'meetup',
  'workshop',
  'conference',
  'hackathon',
  'office-hours',
  'community-call',
] as const;

/** Items of the content calendar: they have a publish date. @public */
export const CONTENT_TYPES = ['blog-post', 'newsletter', 'podcast'] as const;

/** @public */
export type GatheringType = (typeof GATHERING_TYPES)[number];
/** @public */
export type ContentType = (typeof CONTENT_TYPES)[number];

/**
 * A community event or content item. Times are wall-clock times in the
 * event's own IANA time zone (`2026-03-12T17:00`), or dates for all-day events.
 *
 * @public
 */
export interface EventEntity extends Entity {
  apiVersion: typeof COMMUNITY_API_VERSION;
  kind: 'Event';
  spec: {
    type: GatheringType | ContentType;
    /** The community group or person responsible for the event. */
    owner: string;
    /** Long description in Markdown. */
    description?: string;
    tags?: string[];
    packages?: string[];
    partners?: string[];
    // Gatherings
    start?: string;
    end?: string;
    allDay?: boolean;
    timeZone?: string;
    location?: { venue?: string; address?: string; onlineUrl?: string };
    recurrence?: { rrule: string; exdates?: string[] };
    capacity?: number;
    registration?: { opens?: string; closes?: string };
    organisers?: string[];
    speakers?: string[];
    /** Drafts (for example imported from an .ics file) are not published in feeds and take no registrations. */
    status?: 'draft' | 'scheduled' | 'cancelled';
    // Content items
    publishDate?: string;
    contentStatus?: 'draft' | 'scheduled' | 'published';
  };
}

/** @public */
export function isEventEntity(entity: Entity): entity is EventEntity {
  return (
    entity.apiVersion === COMMUNITY_API_VERSION &&
    entity.kind.toLocaleLowerCase('en-US') === 'event'
  );
}

/** @public */
export function isContentItem(entity: EventEntity): boolean {
  return (CONTENT_TYPES as readonly string[]).includes(entity.spec.type);
}
