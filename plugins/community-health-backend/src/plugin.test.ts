import { TestDatabases } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  testCatalog,
  testProvider,
  testScorecards,
} from './__testUtils__/healthFixtures';
import { startHealthBackend } from './__testUtils__/startHealthBackend';

describe('communityHealthPlugin', () => {
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let dir: string;

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-plugin-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the demo repositories at start when configured', async () => {
    const directory = path.join(dir, 'repositories');
    const health = await startHealthBackend({
      knex: await databases.init('SQLITE_3'),
      entities: testCatalog(),
      scorecards: testScorecards,
      providers: [testProvider({})],
      groupsByUser: {},
      config: { repositories: { directory, demo: true } },
    });
    try {
      const created = fs.readdirSync(directory).sort();
      expect(created).toContain('kestrel-flow');
      expect(created).toHaveLength(10);
      expect(fs.existsSync(path.join(directory, 'kestrel-flow', '.git'))).toBe(
        true,
      );
    } finally {
      await health.stop();
    }
  }, 60_000);
});
