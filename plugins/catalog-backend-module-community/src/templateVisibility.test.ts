import { TestBackend, TestDatabases } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import {
  catalogEntity,
  signedInAs,
  startCommunityCatalog,
  waitFor,
} from './__testUtils__/startCommunityCatalog';

jest.setTimeout(120_000);

const ALL_TEMPLATES = [
  'new-event',
  'new-learning-path',
  'new-package',
  'new-partner',
  'report-a-problem',
];

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())('templates in the catalog on %p, by audience', databaseId => {
  let backend: TestBackend;
  let directory: string;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'created-'));
    backend = await startCommunityCatalog({
      createdContentDirectory: directory,
      knex: await databases.init(databaseId),
    });
    await waitFor(async () =>
      (await templatesSeenBy('user:default/manager')).length === ALL_TEMPLATES.length
        ? true
        : undefined,
    );
  });

  afterAll(async () => {
    await backend?.stop();
    await rm(directory, { recursive: true, force: true });
  });

  async function templatesSeenBy(userRef: string): Promise<string[]> {
    const res = await request(backend.server)
      .get('/api/catalog/entities/by-query')
      .query({ filter: 'kind=template', orderField: 'metadata.name,asc' })
      .set(signedInAs(userRef));
    expect(res.status).toBe(200);
    return res.body.items.map((e: Entity) => e.metadata.name);
  }

  it.each([
    ['a member', 'member', ['report-a-problem']],
    ['a maintainer', 'maintainer', ['new-package', 'report-a-problem']],
    ['an event organiser', 'organiser', ['new-event', 'report-a-problem']],
    ['an educator', 'educator', ['new-learning-path', 'report-a-problem']],
    ['a community manager', 'manager', ALL_TEMPLATES],
  ])('lists to %s the templates of their audiences and those without one', async (_who, user, names) => {
    await expect(templatesSeenBy(`user:default/${user}`)).resolves.toEqual(names);
  });

  it('hides a template of another audience when asked for by name', async () => {
    expect(await catalogEntity(backend, 'template/default/new-package', 'user:default/member')).toBeUndefined();
    expect(await catalogEntity(backend, 'template/default/new-package', 'user:default/maintainer')).toBeDefined();
  });

  it('leaves entities without an audience label visible to everyone', async () => {
    expect(await catalogEntity(backend, 'component/default/kestrel-flow', 'user:default/stranger')).toBeDefined();
  });
});
