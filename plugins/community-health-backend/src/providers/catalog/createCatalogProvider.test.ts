import { ConfigReader } from '@backstage/config';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  testContext,
  testGroup,
  testPackage,
  testPartner,
  testUser,
} from '../../__testUtils__/testEntities';
import { createCatalogProvider } from './createCatalogProvider';
import { publishedSitesFromConfig } from './publishedSites';

const CORE = 'group:default/core-maintainers';

const valuesByMetric = (
  values:
    | { metricId: string; value: number | null; note?: string }[]
    | undefined,
) =>
  Object.fromEntries(
    (values ?? []).map(v => [v.metricId, v.note ? [v.value, v.note] : v.value]),
  );

describe('catalog metrics', () => {
  let docsDir: string;

  beforeAll(() => {
    docsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'health-techdocs-'));
    // kestrel-flow's site is published; kestrel-retry's directory has no index.html
    const flow = path.join(docsDir, 'default', 'component', 'kestrel-flow');
    fs.mkdirSync(flow, { recursive: true });
    fs.writeFileSync(path.join(flow, 'index.html'), '<html></html>');
    fs.mkdirSync(path.join(docsDir, 'default', 'component', 'kestrel-retry'), {
      recursive: true,
    });
  });

  afterAll(() => fs.rmSync(docsDir, { recursive: true, force: true }));

  const localSites = () =>
    publishedSitesFromConfig(
      new ConfigReader({
        techdocs: {
          publisher: { type: 'local', local: { publishDirectory: docsDir } },
        },
      }),
    );

  const people = [
    testGroup('core-maintainers', [
      'user:default/mei.tanaka',
      'user:default/diego.ramirez',
    ]),
    testUser('mei.tanaka', [CORE]),
    testUser('diego.ramirez', [CORE]),
    // In the group through her own memberOf only, and marked inactive
    testUser('old.maintainer', [CORE], true),
    // Joined through memberOf only: still counted
    testUser('new.maintainer', [CORE]),
    testUser('solo.author'),
    testGroup('partnerships'),
  ];

  it('reads ownership, description, docs, lifecycle and active maintainers of packages', async () => {
    const flow = testPackage('kestrel-flow');
    const retry = testPackage('kestrel-retry', {
      lifecycle: 'experimental',
      description: '   ',
    });
    const lint = testPackage('kestrel-lint', {
      owner: 'user:default/solo.author',
      techdocs: false,
    });
    const orphan = testPackage('kestrel-orphan', {
      owner: 'group:default/gone',
    });
    const provider = createCatalogProvider({ publishedSites: localSites() });

    const values = await provider.compute(
      [flow, retry, lint, orphan],
      testContext([flow, retry, lint, orphan, ...people]),
    );

    // core-maintainers: mei and diego (hasMember), new.maintainer (memberOf);
    // old.maintainer is inactive: 3 active maintainers
    expect(
      valuesByMetric(values.get('component:default/kestrel-flow')),
    ).toEqual({
      'catalog.has-owner': 1,
      'catalog.has-description': 1,
      'catalog.has-techdocs': 1,
      'catalog.techdocs-builds': 1,
      'catalog.lifecycle-production': 1,
      'catalog.active-maintainers': 3,
    });
    // A blank description does not count; a site directory without index.html is not built
    expect(
      valuesByMetric(values.get('component:default/kestrel-retry')),
    ).toEqual({
      'catalog.has-owner': 1,
      'catalog.has-description': 0,
      'catalog.has-techdocs': 1,
      'catalog.techdocs-builds': 0,
      'catalog.lifecycle-production': 0,
      'catalog.active-maintainers': 3,
    });
    // Owned by one active person
    expect(
      valuesByMetric(values.get('component:default/kestrel-lint')),
    ).toEqual({
      'catalog.has-owner': 1,
      'catalog.has-description': 1,
      'catalog.has-techdocs': 0,
      'catalog.techdocs-builds': [0, 'no TechDocs site'],
      'catalog.lifecycle-production': 1,
      'catalog.active-maintainers': 1,
    });
    expect(
      valuesByMetric(values.get('component:default/kestrel-orphan')),
    ).toMatchObject({
      'catalog.has-owner': [0, 'group:default/gone is not in the catalog'],
      'catalog.active-maintainers': [
        null,
        'group:default/gone is not in the catalog',
      ],
    });
  });

  it('scores partners too, with no lifecycle', async () => {
    const nimbus = testPartner('nimbus-cloud');
    const provider = createCatalogProvider({ publishedSites: localSites() });

    const values = await provider.compute(
      [nimbus],
      testContext([nimbus, ...people]),
    );

    expect(valuesByMetric(values.get('partner:default/nimbus-cloud'))).toEqual({
      'catalog.has-owner': 1,
      'catalog.has-description': 1,
      'catalog.has-techdocs': 0,
      'catalog.techdocs-builds': [0, 'no TechDocs site'],
      'catalog.lifecycle-production': [
        null,
        'only Components have a lifecycle',
      ],
      'catalog.active-maintainers': 0,
    });
  });

  it('leaves built documentation missing when TechDocs storage cannot be read', async () => {
    const flow = testPackage('kestrel-flow');
    const provider = createCatalogProvider({
      publishedSites: publishedSitesFromConfig(
        new ConfigReader({ techdocs: { publisher: { type: 'awsS3' } } }),
      ),
    });

    const values = await provider.compute(
      [flow],
      testContext([flow, ...people]),
    );

    expect(
      valuesByMetric(values.get('component:default/kestrel-flow'))[
        'catalog.techdocs-builds'
      ],
    ).toEqual([
      null,
      'TechDocs publishes to awsS3; only the local publisher can be checked',
    ]);
  });

  it('publishes a definition for every metric it returns', () => {
    const provider = createCatalogProvider({ publishedSites: localSites() });
    expect(provider.definitions.map(d => d.id)).toEqual([
      'catalog.has-owner',
      'catalog.has-description',
      'catalog.has-techdocs',
      'catalog.techdocs-builds',
      'catalog.lifecycle-production',
      'catalog.active-maintainers',
    ]);
    expect(
      provider.definitions.every(
        d => d.source === 'catalog' && d.version === '1',
      ),
    ).toBe(true);
  });
});
