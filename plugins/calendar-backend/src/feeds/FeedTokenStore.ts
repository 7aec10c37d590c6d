import { ConflictError, NotFoundError } from '@backstage/errors';
import { FeedSelector, FeedToken } from '@community-hub/plugin-calendar-common';
import { Knex } from 'knex';
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** How many feed subscriptions one person may hold. */
export const MAX_FEED_TOKENS_PER_PERSON = 20;

// A feed poll records its time at most this often, so that polling stays a read.
const LAST_USED_RESOLUTION_MS = 60_000;

// 32 random bytes in base64url, without padding.
const SECRET_FORMAT = /^[A-Za-z0-9_-]{43}$/;

type FeedTokenRow = {
  id: string;
  token_hash: string;
  user_ref: string;
  feed: string;
  created_at: string;
  last_used_at: string | null;
};

function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

function hashOf(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

function toFeedToken(row: FeedTokenRow): FeedToken {
  return {
    id: row.id,
    feed: JSON.parse(row.feed),
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at ?? undefined,
  };
}

/**
 * Secret feed URLs of each person. A token is shown once, when it is created
 * or rotated; only its SHA-256 hash is kept, so the database alone cannot
 * be used to read anyone's feed.
 */
export class FeedTokenStore {
  constructor(private readonly knex: Knex) {}

  /**
   * Creates a subscription and returns it with its secret.
   *
   * @throws ConflictError when the person already holds the maximum number of tokens.
   */
  async create(
    userRef: string,
    feed: FeedSelector,
    now: Date,
  ): Promise<{ token: FeedToken; secret: string }> {
    const secret = newSecret();
    const row: FeedTokenRow = {
      id: randomUUID(),
      token_hash: hashOf(secret),
      user_ref: userRef,
      feed: JSON.stringify(feed),
      created_at: now.toISOString(),
      last_used_at: null,
    };
    await this.knex.transaction(async tx => {
      const [{ count }] = await tx('calendar_feed_tokens')
        .where({ user_ref: userRef })
        .count({ count: '*' });
      if (Number(count) >= MAX_FEED_TOKENS_PER_PERSON) {
        throw new ConflictError(
          `You already have ${MAX_FEED_TOKENS_PER_PERSON} feed subscriptions; revoke one before adding another`,
        );
      }
      await tx('calendar_feed_tokens').insert(row);
    });
    return { token: toFeedToken(row), secret };
  }

  /** A person's subscriptions, oldest first. */
  async list(userRef: string): Promise<FeedToken[]> {
    const rows: FeedTokenRow[] = await this.knex('calendar_feed_tokens')
      .where({ user_ref: userRef })
      .orderBy([{ column: 'created_at' }, { column: 'id' }]);
    return rows.map(toFeedToken);
  }

  /**
   * Gives a subscription a new secret; the old URL stops working at once.
   * The subscription keeps its id and feed; its `createdAt` becomes the time
   * the new secret was issued.
   *
   * @throws NotFoundError when the person holds no subscription with this id.
   */
  async rotate(
    id: string,
    userRef: string,
    now: Date,
  ): Promise<{ token: FeedToken; secret: string }> {
    const secret = newSecret();
    return this.knex.transaction(async tx => {
      const updated = await tx('calendar_feed_tokens')
        .where({ id, user_ref: userRef })
        .update({
          token_hash: hashOf(secret),
          created_at: now.toISOString(),
          last_used_at: null,
        });
      if (updated === 0) {
        throw new NotFoundError(`No feed subscription ${id}`);
      }
      const row: FeedTokenRow = await tx('calendar_feed_tokens')
        .where({ id })
        .first();
      return { token: toFeedToken(row), secret };
    });
  }

  /**
   * Deletes a subscription.
   *
   * @throws NotFoundError when the person holds no subscription with this id.
   */
  async revoke(id: string, userRef: string): Promise<void> {
    const deleted = await this.knex('calendar_feed_tokens')
      .where({ id, user_ref: userRef })
      .delete();
    if (deleted === 0) {
      throw new NotFoundError(`No feed subscription ${id}`);
    }
  }

  /** The owner and selector of a secret, or undefined when it is unknown or revoked. */
  async resolve(
    secret: string,
    now: Date,
  ): Promise<{ userRef: string; feed: FeedSelector } | undefined> {
    if (!SECRET_FORMAT.test(secret)) return undefined;
    const row: FeedTokenRow | undefined = await this.knex(
      'calendar_feed_tokens',
    )
      .where({ token_hash: hashOf(secret) })
      .first();
    if (!row) return undefined;
    const staleBefore = new Date(
      now.getTime() - LAST_USED_RESOLUTION_MS,
    ).toISOString();
    if (!row.last_used_at || row.last_used_at <= staleBefore) {
      await this.knex('calendar_feed_tokens')
        .where({ id: row.id })
        .andWhere(q =>
          q
            .whereNull('last_used_at')
            .orWhere('last_used_at', '<=', staleBefore),
        )
        .update({ last_used_at: now.toISOString() });
    }
    return { userRef: row.user_ref, feed: JSON.parse(row.feed) };
  }
}
