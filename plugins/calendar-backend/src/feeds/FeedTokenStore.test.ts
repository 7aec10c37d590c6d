import { TestDatabaseId, TestDatabases } from '@backstage/backend-test-utils';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { Knex } from 'knex';
import { createHash } from 'node:crypto';
import { calendarMigrationsDirectory } from '../database/migrateDatabase';
import { FeedTokenStore } from './FeedTokenStore';

const AMARA = 'user:default/amara.okafor';
const KWAME = 'user:default/kwame.mensah';
const created = new Date('2026-11-24T09:00:00Z');
const sha256 = (text: string) =>
  createHash('sha256').update(text).digest('hex');

describe('FeedTokenStore', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

  async function createStore(
    databaseId: TestDatabaseId,
  ): Promise<{ store: FeedTokenStore; knex: Knex }> {
    const knex = await databases.init(databaseId);
    await knex.migrate.latest({ directory: calendarMigrationsDirectory });
    return { store: new FeedTokenStore(knex), knex };
  }

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('creates a token that resolves to its owner and feed', async () => {
      const { store } = await createStore(databaseId);
      const { token, secret } = await store.create(
        AMARA,
        { kind: 'type', type: 'workshop' },
        created,
      );

      expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(token).toEqual({
        id: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
        feed: { kind: 'type', type: 'workshop' },
        createdAt: '2026-11-24T09:00:00.000Z',
        lastUsedAt: undefined,
      });
      expect(await store.resolve(secret, created)).toEqual({
        userRef: AMARA,
        feed: { kind: 'type', type: 'workshop' },
      });
      const altered = `${secret.slice(0, -1)}${
        secret.endsWith('A') ? 'B' : 'A'
      }`;
      expect(await store.resolve(altered, created)).toBeUndefined();
      expect(await store.resolve('not-a-token', created)).toBeUndefined();
    });

    it('keeps only the SHA-256 of the secret', async () => {
      const { store, knex } = await createStore(databaseId);
      const { secret } = await store.create(AMARA, { kind: 'all' }, created);

      const rows = await knex('calendar_feed_tokens').select();
      expect(rows).toHaveLength(1);
      expect(rows[0].token_hash).toBe(sha256(secret));
      expect(JSON.stringify(rows)).not.toContain(secret);
    });

    it('records use at most once a minute', async () => {
      const { store } = await createStore(databaseId);
      const { secret } = await store.create(AMARA, { kind: 'all' }, created);
      const lastUsed = async () => (await store.list(AMARA))[0].lastUsedAt;

      await store.resolve(secret, new Date('2026-11-24T10:00:00Z'));
      expect(await lastUsed()).toBe('2026-11-24T10:00:00.000Z');
      await store.resolve(secret, new Date('2026-11-24T10:00:59Z'));
      expect(await lastUsed()).toBe('2026-11-24T10:00:00.000Z');
      await store.resolve(secret, new Date('2026-11-24T10:01:00Z'));
      expect(await lastUsed()).toBe('2026-11-24T10:01:00.000Z');
    });

    it('lists only the person’s own tokens, oldest first', async () => {
      const { store } = await createStore(databaseId);
      await store.create(
        AMARA,
        { kind: 'mine' },
        new Date('2026-11-25T09:00:00Z'),
      );
      await store.create(KWAME, { kind: 'all' }, created);
      await store.create(AMARA, { kind: 'tag', tag: 'roadmap' }, created);

      expect((await store.list(AMARA)).map(t => t.feed)).toEqual([
        { kind: 'tag', tag: 'roadmap' },
        { kind: 'mine' },
      ]);
      expect(await store.list('user:default/nobody')).toEqual([]);
    });

    it('rotates: a new secret for the same id and feed, the old one stops working', async () => {
      const { store } = await createStore(databaseId);
      const first = await store.create(
        AMARA,
        { kind: 'related', entityRef: 'component:default/kestrel-flow' },
        created,
      );
      await store.resolve(first.secret, created);

      const rotated = await store.rotate(
        first.token.id,
        AMARA,
        new Date('2026-12-01T08:00:00Z'),
      );

      expect(rotated.secret).not.toBe(first.secret);
      expect(rotated.token).toEqual({
        id: first.token.id,
        feed: { kind: 'related', entityRef: 'component:default/kestrel-flow' },
        createdAt: '2026-12-01T08:00:00.000Z',
        lastUsedAt: undefined,
      });
      expect(await store.resolve(first.secret, created)).toBeUndefined();
      expect(await store.resolve(rotated.secret, created)).toMatchObject({
        userRef: AMARA,
      });
    });

    it('revokes', async () => {
      const { store } = await createStore(databaseId);
      const { token, secret } = await store.create(
        AMARA,
        { kind: 'all' },
        created,
      );

      await store.revoke(token.id, AMARA);

      expect(await store.resolve(secret, created)).toBeUndefined();
      expect(await store.list(AMARA)).toEqual([]);
      await expect(store.revoke(token.id, AMARA)).rejects.toThrow(
        NotFoundError,
      );
    });

    it('will not rotate or revoke someone else’s token', async () => {
      const { store } = await createStore(databaseId);
      const { token, secret } = await store.create(
        AMARA,
        { kind: 'all' },
        created,
      );

      await expect(store.rotate(token.id, KWAME, created)).rejects.toThrow(
        NotFoundError,
      );
      await expect(store.revoke(token.id, KWAME)).rejects.toThrow(
        NotFoundError,
      );
      await expect(
        store.rotate('00000000-0000-4000-8000-000000000000', AMARA, created),
      ).rejects.toThrow(NotFoundError);
      expect(await store.resolve(secret, created)).toEqual({
        userRef: AMARA,
        feed: { kind: 'all' },
      });
    });

    it('refuses a 21st token, and takes one again after a revocation', async () => {
      const { store } = await createStore(databaseId);
      const tokens = [];
      for (let n = 0; n < 20; n++) {
        tokens.push(await store.create(AMARA, { kind: 'all' }, created));
      }

      await expect(
        store.create(AMARA, { kind: 'all' }, created),
      ).rejects.toThrow(ConflictError);
      // The limit is per person.
      await expect(
        store.create(KWAME, { kind: 'all' }, created),
      ).resolves.toBeDefined();

      await store.revoke(tokens[0].token.id, AMARA);
      await expect(
        store.create(AMARA, { kind: 'all' }, created),
      ).resolves.toBeDefined();
      expect(await store.list(AMARA)).toHaveLength(20);
    });
  });
});
