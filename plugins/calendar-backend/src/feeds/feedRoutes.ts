import { NotFoundError } from '@backstage/errors';
import {
  buildCalendarFeed,
  calendarFeedTokenManagePermission,
  FeedSelector,
  FeedToken,
  FeedTokenWithUrl,
} from '@community-hub/plugin-calendar-common';
import express from 'express';
import Router from 'express-promise-router';
import { EventSnapshot } from '../eventIndex/EventSnapshot';
import { CachedBody, ResponseCache } from '../service/ResponseCache';
import { sendCachedBody } from '../service/sendCachedBody';
import type { RouterOptions } from '../service/router';
import { FeedContents, selectFeedEvents } from './feedContents';
import {
  CALENDAR_NAME,
  feedName,
  parseFeedTokenRequest,
  selectorKey,
} from './feedSelector';

// Feed bodies of a whole community can be large; these bound the memory kept.
const SELECTOR_FEEDS_CACHED = 64;
const PERSONAL_FEEDS_CACHED = 256;

const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';

/**
 * Subscribing to the calendar: managing one's feed tokens, the feeds behind
 * them (the token in the URL is the credential), and the optional public
 * feed of published events.
 */
export function feedRoutes(options: RouterOptions): express.Router {
  const {
    httpAuth,
    index,
    authorizer,
    feedTokens,
    registrationStore,
    feedBaseUrl,
  } = options;
  const now = options.now ?? (() => new Date());
  const selectorFeeds = new ResponseCache(SELECTOR_FEEDS_CACHED);
  const personalFeeds = new ResponseCache(PERSONAL_FEEDS_CACHED);
  const router = Router();

  async function tokenOwner(req: express.Request): Promise<string> {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await authorizer.authorize(credentials, calendarFeedTokenManagePermission);
    return credentials.principal.userEntityRef;
  }

  const withUrl = ({
    token,
    secret,
  }: {
    token: FeedToken;
    secret: string;
  }): FeedTokenWithUrl => ({
    token,
    url: `${feedBaseUrl}/${secret}.ics`,
  });

  const build = (
    snapshot: EventSnapshot,
    name: string,
    contents: FeedContents,
  ) =>
    buildCalendarFeed({
      name,
      events: selectFeedEvents(snapshot, contents),
      now: now(),
    });

  async function feedBody(
    userRef: string,
    feed: FeedSelector,
  ): Promise<CachedBody> {
    const snapshot = await index.current();
    const name = feedName(feed);
    if (feed.kind !== 'mine') {
      return selectorFeeds.get(
        `${snapshot.generation}|${selectorKey(feed)}`,
        () => build(snapshot, name, { kind: 'selector', feed }),
      );
    }
    const registrations = await registrationStore.listForUser(userRef);
    const eventRefs = new Set(registrations.map(r => r.eventRef));
    const eventList = [...eventRefs].sort().join(',');
    const key = `${snapshot.generation}|${userRef}|${eventList}`;
    return personalFeeds.get(key, () =>
      build(snapshot, name, { kind: 'mine', eventRefs }),
    );
  }

  router.get('/feed-tokens', async (req, res) => {
    const userRef = await tokenOwner(req);
    res.json({ items: await feedTokens.list(userRef) });
  });

  router.post('/feed-tokens', async (req, res) => {
    const userRef = await tokenOwner(req);
    const feed = parseFeedTokenRequest(req.body);
    res
      .status(201)
      .json(withUrl(await feedTokens.create(userRef, feed, now())));
  });

  router.post('/feed-tokens/:id/rotate', async (req, res) => {
    const userRef = await tokenOwner(req);
    res.json(withUrl(await feedTokens.rotate(req.params.id, userRef, now())));
  });

  router.delete('/feed-tokens/:id', async (req, res) => {
    const userRef = await tokenOwner(req);
    await feedTokens.revoke(req.params.id, userRef);
    res.status(204).end();
  });

  // Opened with an auth policy: the secret in the path is the credential.
  router.get('/feeds/:file', async (req, res) => {
    const { file } = req.params;
    const resolved = file.endsWith('.ics')
      ? await feedTokens.resolve(file.slice(0, -'.ics'.length), now())
      : undefined;
    if (!resolved) {
      throw new NotFoundError('No such calendar feed');
    }
    const body = await feedBody(resolved.userRef, resolved.feed);
    res.set('Cache-Control', 'private, max-age=300');
    sendCachedBody(req, res, body, CALENDAR_CONTENT_TYPE);
  });

  router.get('/public/community.ics', async (req, res) => {
    if (!options.publicFeed) {
      throw new NotFoundError('The public calendar feed is not enabled');
    }
    const snapshot = await index.current();
    const body = selectorFeeds.get(`${snapshot.generation}|public`, () =>
      build(snapshot, CALENDAR_NAME, { kind: 'public' }),
    );
    res.set('Cache-Control', 'public, max-age=300');
    sendCachedBody(req, res, body, CALENDAR_CONTENT_TYPE);
  });

  return router;
}
