import { humanizeEntityRef } from '@backstage/plugin-catalog-react';
import { parseEntityRef } from '@backstage/catalog-model';
import type { FeedSelector } from '@community-hub/plugin-calendar-common';
import { typeLabel } from '../../lib/eventTypes';

/** What a feed carries, in words. */
export function describeFeed(feed: FeedSelector): string {
  switch (feed.kind) {
    case 'all':
      return 'All events';
    case 'type':
      return `Type: ${typeLabel(feed.type)}`;
    case 'tag':
      return `Tag: ${feed.tag}`;
    case 'related':
      return `About ${humanizeEntityRef(parseEntityRef(feed.entityRef))}`;
    case 'mine':
      return 'My events (the ones I registered for)';
    default:
      return 'Events';
  }
}
