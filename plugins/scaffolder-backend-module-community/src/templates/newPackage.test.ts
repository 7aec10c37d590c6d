import yaml from 'yaml';
import { startScaffolder } from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const valid = {
  name: 'kestrel-metrics',
  description:
    'Metrics for running flows: throughput, latency and dead letters.',
  type: 'tool',
  owner: 'group:default/tooling-maintainers',
  licence: 'MIT',
  sponsor: 'partner:default/northwind-data',
};
const maintainer = 'user:default/mei.tanaka';

describe('the "New package" template (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('produces a skeleton with every file the package standards require', async () => {
    const result = await scaffolder.dryRun('new-package', valid, maintainer);
    expect(result.status).toBe(200);
    expect(Object.keys(result.files).sort()).toEqual(
      [
        '.github/CODEOWNERS',
        '.github/workflows/ci.yml',
        'CHANGELOG.md',
        'CONTRIBUTING.md',
        'LICENSE',
        'README.md',
        'SECURITY.md',
        'catalog-info.yaml',
        'docs/api.md',
        'docs/getting-started.md',
        'docs/index.md',
        'mkdocs.yml',
        'package.json',
        'src/index.ts',
        'tsconfig.json',
      ].map(file => `package/${file}`),
    );
    const file = (name: string) => result.files[`package/${name}`];

    expect(JSON.parse(file('package.json'))).toMatchObject({
      name: '@kestrel/metrics',
      version: '0.1.0',
      license: 'MIT',
      description: valid.description,
      type: 'module',
      engines: { node: '>=20' },
    });
    expect(file('LICENSE')).toMatch(/^SPDX-License-Identifier: MIT\n/);
    expect(file('LICENSE')).toContain('https://opensource.org/license/mit');
    expect(file('LICENSE')).not.toContain('Apache');
    expect(file('CONTRIBUTING.md')).toContain(
      '/docs/default/component/governance-handbook/contribution-guide/',
    );
    expect(file('CHANGELOG.md')).toContain('## 0.1.0');
    expect(file('README.md')).toContain('npm install @kestrel/metrics');
    expect(file('README.md')).toMatch(
      /## Supported by\n\n- \[northwind-data\]/,
    );
    expect(file('.github/CODEOWNERS')).toMatch(
      /^\*\s+@kestrel-project\/tooling-maintainers$/m,
    );
    // GitHub's own expressions survive the templating
    expect(file('.github/workflows/ci.yml')).toContain(
      'node-version: ${{ matrix.node }}',
    );
    expect(file('.github/workflows/ci.yml')).toContain('mkdocs build --strict');
  });

  it('registers the skeleton catalog-info.yaml: owner, system kestrel-core and TechDocs', async () => {
    const result = await scaffolder.dryRun('new-package', valid, maintainer);
    const catalogInfo = yaml.parse(result.files['package/catalog-info.yaml']);
    expect(catalogInfo).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'kestrel-metrics',
        namespace: 'default',
        description: valid.description,
        tags: ['tool', 'experimental'],
        annotations: {
          'communityhub.dev/package-name': '@kestrel/metrics',
          'communityhub.dev/licence': 'MIT',
          'communityhub.dev/sponsored-by': 'partner:default/northwind-data',
          'backstage.io/techdocs-ref': 'dir:.',
        },
      },
      spec: {
        type: 'tool',
        lifecycle: 'experimental',
        owner: 'group:default/tooling-maintainers',
        system: 'kestrel-core',
      },
    });
    // The entity the portal keeps is the skeleton's catalog-info.yaml, located in the committed copy
    expect(result.inputs.create.entity).toEqual(catalogInfo);
    expect(result.inputs.create.sourceDirectory).toBe(
      `${scaffolder.createdDirectory}/packages/kestrel-metrics`,
    );
    expect(result.inputs.commit).toMatchObject({
      sourcePath: 'package',
      name: 'kestrel-metrics',
    });
    expect(result.messages).toContain(
      'Dry run: would create component:default/kestrel-metrics',
    );
    expect(result.skipped).toEqual(['pr']);
    expect(result.links).toEqual([
      {
        title: 'Open kestrel-metrics in the catalog',
        icon: 'catalog',
        url: '/catalog/default/component/kestrel-metrics',
      },
      {
        title: 'Read its documentation',
        icon: 'docs',
        url: '/docs/default/component/kestrel-metrics',
      },
    ]);
  });

  it('writes mkdocs.yml exactly as TechDocs would rewrite it, with a page for every nav entry', async () => {
    const result = await scaffolder.dryRun('new-package', valid, maintainer);
    // TechDocs rewrites a dir: site's mkdocs.yml in place unless it is already in this form,
    // which would leave the committed package repository dirty.
    expect(result.files['package/mkdocs.yml']).toBe(
      [
        'site_name: kestrel-metrics',
        'nav:',
        '  - Overview: index.md',
        '  - Getting started: getting-started.md',
        '  - API reference: api.md',
        'theme:',
        '  name: material',
        '  font: false',
        'plugins:',
        '  - search',
        'markdown_extensions:',
        '  - admonition',
        '  - toc:',
        '      permalink: true',
        '  - tables',
        '  - pymdownx.superfences',
        '',
      ].join('\n'),
    );
    const nav = yaml.parse(result.files['package/mkdocs.yml']).nav as Array<
      Record<string, string>
    >;
    for (const page of nav.flatMap(entry => Object.values(entry))) {
      expect(result.files[`package/docs/${page}`]).toMatch(/^# /);
    }
  });

  it('leaves the sponsor out when there is none, and names the chosen licence', async () => {
    const { sponsor: _none, ...values } = valid;
    const result = await scaffolder.dryRun(
      'new-package',
      {
        ...values,
        name: 'kestrel-trace',
        licence: 'Apache-2.0',
        type: 'library',
      },
      maintainer,
    );
    expect(result.status).toBe(200);
    expect(result.inputs.create.entity.metadata.annotations).not.toHaveProperty(
      'communityhub.dev/sponsored-by',
    );
    expect(result.files['package/catalog-info.yaml']).not.toContain(
      'sponsored-by',
    );
    expect(result.files['package/README.md']).not.toContain('Supported by');
    expect(result.files['package/LICENSE']).toMatch(
      /^SPDX-License-Identifier: Apache-2.0\n/,
    );
    expect(result.files['package/LICENSE']).toContain(
      'https://www.apache.org/licenses/LICENSE-2.0',
    );
    expect(JSON.parse(result.files['package/package.json']).name).toBe(
      '@kestrel/trace',
    );
  });

  it.each([
    ['BSD-3-Clause', 'https://opensource.org/license/bsd-3-clause'],
    ['MPL-2.0', 'https://mozilla.org/MPL/2.0/'],
  ])('points the %s licence notice to the full text', async (licence, url) => {
    const result = await scaffolder.dryRun(
      'new-package',
      { ...valid, licence },
      maintainer,
    );
    expect(result.files['package/LICENSE']).toMatch(
      new RegExp(`^SPDX-License-Identifier: ${licence}\n`),
    );
    expect(result.files['package/LICENSE']).toContain(url);
    expect(JSON.parse(result.files['package/package.json']).license).toBe(
      licence,
    );
  });

  it('refuses a name that breaks the naming rules, naming the field', async () => {
    const result = await scaffolder.dryRun(
      'new-package',
      { ...valid, name: 'Kestrel Metrics' },
      maintainer,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: ['name'], name: 'pattern' }),
    ]);
  });

  it('refuses a name that is taken, before anything is created', async () => {
    const result = await scaffolder.dryRun(
      'new-package',
      { ...valid, name: 'kestrel-flow' },
      maintainer,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bname: component:default\/kestrel-flow already exists/,
    );
  });

  it('refuses an owner and a sponsor that do not exist, naming both fields', async () => {
    const result = await scaffolder.dryRun(
      'new-package',
      {
        ...valid,
        owner: 'group:default/nobody',
        sponsor: 'partner:default/nobody',
      },
      maintainer,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bowner: group:default\/nobody does not exist/,
    );
    expect(result.body.error.message).toMatch(
      /\bsponsor: partner:default\/nobody does not exist/,
    );
  });

  it.each([
    ['type', 'service'],
    ['licence', 'GPL-3.0'],
  ])('refuses a %s outside the list', async (field, value) => {
    const result = await scaffolder.dryRun(
      'new-package',
      { ...valid, [field]: value },
      maintainer,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: [field], name: 'enum' }),
    ]);
  });
});
