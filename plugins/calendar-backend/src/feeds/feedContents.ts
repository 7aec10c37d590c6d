import { FeedEvent, FeedSelector } from '@community-hub/plugin-calendar-common';
import { EventSnapshot, IndexedEvent } from '../eventIndex/EventSnapshot';

/** Which events a feed carries: a subscriber's selector, or the public calendar. */
export type FeedContents =
  | { kind: 'selector'; feed: Exclude<FeedSelector, { kind: 'mine' }> }
  | { kind: 'mine'; eventRefs: ReadonlySet<string> }
  | { kind: 'public' };

function matches(indexed: IndexedEvent, contents: FeedContents): boolean {
  const { event } = indexed;
  if (contents.kind === 'public') {
    return event.category === 'gathering'
      ? event.status === 'scheduled' || event.status === 'cancelled'
      : event.status === 'published';
  }
  if (contents.kind === 'mine') {
    return contents.eventRefs.has(event.entityRef);
  }
  const { feed } = contents;
  switch (feed.kind) {
    case 'all':
      return true;
    case 'type':
      return event.type === feed.type;
    case 'tag':
      return event.tags.includes(feed.tag);
    case 'related':
      return indexed.related.has(feed.entityRef);
    default:
      return false;
  }
}

/**
 * The events of a feed, ordered by entity ref so that the same index gives
 * the same body. Drafts are never in a feed; cancelled gatherings are, so
 * that subscribed calendars learn of the cancellation.
 */
export function selectFeedEvents(
  snapshot: EventSnapshot,
  contents: FeedContents,
): FeedEvent[] {
  const selected: IndexedEvent[] = [];
  for (const indexed of snapshot.byRef.values()) {
    if (indexed.event.status === 'draft' || !indexed.event.start) continue;
    if (matches(indexed, contents)) selected.push(indexed);
  }
  return selected
    .sort((a, b) => a.event.entityRef.localeCompare(b.event.entityRef))
    .map(({ entity, event }) => ({ entity, sequence: event.sequence }));
}
