import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CONTENT_TYPES, GATHERING_TYPES } from '@community-hub/catalog-common';
import { FeedSelector } from '@community-hub/plugin-calendar-common';
import { z } from 'zod';
import { describeZodError } from '../service/queryParams';

const EVENT_TYPES = [...GATHERING_TYPES, ...CONTENT_TYPES] as const;
const SELECTOR_KINDS = ['all', 'type', 'tag', 'related', 'mine'] as const;

const entityRef = z
  .string()
  .min(3)
  .max(255)
  .transform((value, ctx) => {
    try {
      return stringifyEntityRef(
        parseEntityRef(value.trim(), { defaultNamespace: 'default' }),
      );
    } catch {
      ctx.addIssue({
        code: 'custom',
        message: `must be an entity ref such as component:default/kestrel-flow, got '${value}'`,
      });
      return z.NEVER;
    }
  });

const feedSelectorSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('all') }).strict(),
    z
      .object({
        kind: z.literal('type'),
        type: z.enum(EVENT_TYPES, {
          error: `must be one of ${EVENT_TYPES.join(', ')}`,
        }),
      })
      .strict(),
    z
      .object({
        kind: z.literal('tag'),
        tag: z
          .string()
          .trim()
          .toLowerCase()
          .min(1)
          .max(100)
          .regex(
            /^[a-z0-9:+#-]+$/,
            'must be a tag: letters, digits and : + # -',
          ),
      })
      .strict(),
    z.object({ kind: z.literal('related'), entityRef }).strict(),
    z.object({ kind: z.literal('mine') }).strict(),
  ],
  {
    error: issue =>
      issue.input === undefined || typeof issue.input !== 'object'
        ? 'must be an object such as { "kind": "all" }'
        : `must be one of ${SELECTOR_KINDS.join(', ')}`,
  },
);

const feedTokenRequestSchema = z.object({ feed: feedSelectorSchema });

/**
 * Validates the body of `POST /feed-tokens` and normalises its selector
 * (tags lower-cased, entity refs in their full `kind:namespace/name` form).
 *
 * @throws InputError naming the offending field.
 */
export function parseFeedTokenRequest(body: unknown): FeedSelector {
  const parsed = feedTokenRequestSchema.safeParse(body ?? {});
  if (!parsed.success) {
    throw new InputError(
      `Invalid feed subscription: ${describeZodError(parsed.error)}`,
    );
  }
  return parsed.data.feed;
}

/** A selector as a stable string, for cache keys. */
export function selectorKey(feed: FeedSelector): string {
  switch (feed.kind) {
    case 'type':
      return `type:${feed.type}`;
    case 'tag':
      return `tag:${feed.tag}`;
    case 'related':
      return `related:${feed.entityRef}`;
    default:
      return feed.kind;
  }
}

/** What calendar clients show as the community calendar's name. */
export const CALENDAR_NAME = 'Kestrel community calendar';

const TYPE_LABELS: Record<string, string> = {
  meetup: 'meetups',
  workshop: 'workshops',
  conference: 'conferences',
  hackathon: 'hackathons',
  'office-hours': 'office hours',
  'community-call': 'community calls',
  'blog-post': 'blog posts',
  newsletter: 'newsletters',
  podcast: 'podcasts',
};

/** The name of a subscribed feed, e.g. "Kestrel community calendar – workshops". */
export function feedName(feed: FeedSelector): string {
  switch (feed.kind) {
    case 'all':
      return CALENDAR_NAME;
    case 'type':
      return `${CALENDAR_NAME} – ${TYPE_LABELS[feed.type] ?? feed.type}`;
    case 'tag':
      return `${CALENDAR_NAME} – #${feed.tag}`;
    case 'related':
      return `${CALENDAR_NAME} – ${parseEntityRef(feed.entityRef).name}`;
    case 'mine':
      return `${CALENDAR_NAME} – my events`;
    default:
      return CALENDAR_NAME;
  }
}
