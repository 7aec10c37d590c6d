import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { createContributionsProvider } from '../providers/contributions';
import { DEMO_PACKAGES } from './demoPackages';
import { seedDemoRepositories } from './seedDemoRepositories';

const root = createMockDirectory();
const now = new Date('2025-06-30T12:00:00Z');
const community = resolve(__dirname, '../../../../community');

function catalogEntities(): Entity[] {
  const files = [
    'partners/partners.yaml',
    ...DEMO_PACKAGES.map(p => `packages/${p.name}/catalog-info.yaml`),
  ];
  return files.flatMap(file =>
    parseAllDocuments(fs.readFileSync(join(community, file), 'utf8'))
      .map(d => d.toJS() as Entity)
      .filter(e => e?.kind === 'Partner' || e?.kind === 'Component'),
  );
}

async function headsAndCounts(directory: string) {
  const result: Record<string, string> = {};
  for (const p of DEMO_PACKAGES) {
    const dir = join(directory, p.name);
    const log = await git.log({ fs, dir });
    const tags = await git.listTags({ fs, dir });
    result[p.name] = `${log[0].oid} ${log.length} commits ${tags.length} tags`;
  }
  return result;
}

describe('seedDemoRepositories', () => {
  beforeAll(() => root.clear());

  it('creates the ten repositories quickly, once, the same each time', async () => {
    const logger = mockServices.logger.mock();
    const started = Date.now();
    await seedDemoRepositories({ directory: root.resolve('a'), now, logger });
    // About 2 s on an idle machine; the bound leaves room for a busy one.
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringContaining('Created demo repositories'),
    );
    const first = await headsAndCounts(root.resolve('a'));
    expect(Object.keys(first)).toHaveLength(10);
    expect(fs.readdirSync(root.resolve('a')).sort()).toEqual(
      DEMO_PACKAGES.map(p => p.name).sort(),
    );

    // Seeding again changes nothing and adds nothing.
    const again = mockServices.logger.mock();
    await seedDemoRepositories({
      directory: root.resolve('a'),
      now,
      logger: again,
    });
    expect(await headsAndCounts(root.resolve('a'))).toEqual(first);
    expect(again.info).not.toHaveBeenCalled();

    // Another directory, the same moment: the same commits.
    await seedDemoRepositories({ directory: root.resolve('b'), now, logger });
    expect(await headsAndCounts(root.resolve('b'))).toEqual(first);
  }, 60_000);

  it('gives plausible contribution metrics', async () => {
    const provider = createContributionsProvider({
      config: new ConfigReader({
        communityHealth: { repositories: { directory: root.resolve('a') } },
      }),
      logger: mockServices.logger.mock(),
    });
    const entities = catalogEntities();
    const values = await provider.compute(entities, {
      now,
      windowDays: 90,
      logger: mockServices.logger.mock(),
      entitiesByRef: new Map(
        entities.map(e => [
          stringifyEntityRef(e).toLocaleLowerCase('en-US'),
          e,
        ]),
      ),
    });
    const metric = (name: string, id: string) =>
      values
        .get(`component:default/${name}`)!
        .find(v => v.metricId === `contributions.${id}`)!;

    expect(values.size).toBe(10);
    // kestrel-connect is mostly written by Northwind Data engineers.
    expect(metric('kestrel-connect', 'elephant-factor')).toMatchObject({
      value: 1,
    });
    expect(metric('kestrel-connect', 'elephant-factor').note).toMatch(
      /the largest is Northwind Data with \d+%$/,
    );
    // kestrel-lint (deprecated): nothing for months.
    expect(metric('kestrel-lint', 'active-contributors').value).toBe(0);
    expect(metric('kestrel-lint', 'release-frequency').value).toBe(0);
    // kestrel-devtools (experimental): one author.
    expect(metric('kestrel-devtools', 'active-contributors').value).toBe(1);
    expect(metric('kestrel-devtools', 'contributor-absence-factor').value).toBe(
      1,
    );
    // The busy core packages have several contributors and release.
    for (const name of ['kestrel-flow', 'kestrel-stream', 'kestrel-cli']) {
      expect(metric(name, 'active-contributors').value).toBeGreaterThanOrEqual(
        3,
      );
      expect(metric(name, 'release-frequency').value).toBeGreaterThan(0);
    }
    // Newcomers in the last 90 days: Lea Fischer on kestrel-flow, Clara Jensen on kestrel-testkit.
    expect(
      metric('kestrel-flow', 'new-contributors').value,
    ).toBeGreaterThanOrEqual(1);
    expect(
      metric('kestrel-testkit', 'new-contributors').value,
    ).toBeGreaterThanOrEqual(1);
  }, 30_000);
});
