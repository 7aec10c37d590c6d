import yaml from 'yaml';
import { startScaffolder } from './__testUtils__/dryRunTemplate';

jest.setTimeout(60_000);

const valid = {
  title: 'Kestrel in production',
  name: 'kestrel-in-production',
  description:
    'Operate Kestrel pipelines in production: observe, scale and upgrade them.',
  audience: 'People who finished Kestrel fundamentals.',
  modules: ['Observability', "Incidents: don't panic", 'Upgrades'],
  owner: 'group:default/educators',
};
const educator = 'user:default/noah.whitfield';

describe('the "New learning path" template (dry-run)', () => {
  let scaffolder: Awaited<ReturnType<typeof startScaffolder>>;
  beforeAll(async () => {
    scaffolder = await startScaffolder();
  });
  afterAll(() => scaffolder.stop());

  it('produces a TechDocs site with an overview and a page per module', async () => {
    const result = await scaffolder.dryRun(
      'new-learning-path',
      valid,
      educator,
    );
    expect(result.status).toBe(200);
    expect(Object.keys(result.files).sort()).toEqual([
      'learning-path/catalog-info.yaml',
      'learning-path/docs/index.md',
      'learning-path/docs/module-1.md',
      'learning-path/docs/module-2.md',
      'learning-path/docs/module-3.md',
      'learning-path/mkdocs.yml',
    ]);
    const index = result.files['learning-path/docs/index.md'];
    expect(index).toMatch(/^# Kestrel in production\n/);
    expect(index).toContain('People who finished Kestrel fundamentals.');
    expect(index).toContain("| 2 | [Incidents: don't panic](module-2.md) |");
    const module2 = result.files['learning-path/docs/module-2.md'];
    expect(module2).toMatch(/^# Module 2: Incidents: don't panic\n/);
    for (const heading of [
      '## Objectives',
      '## Content',
      '## Exercise',
      '## Self-check',
      '### Answers',
    ]) {
      expect(module2).toContain(heading);
    }
    expect(module2).toContain('[Module 3](module-3.md)');
    expect(result.files['learning-path/docs/module-3.md']).not.toContain(
      'Next:',
    );
  });

  it('writes mkdocs.yml exactly as TechDocs would rewrite it, quoting where YAML needs it', async () => {
    const result = await scaffolder.dryRun(
      'new-learning-path',
      { ...valid, title: "Production: what's next?" },
      educator,
    );
    expect(result.files['learning-path/mkdocs.yml']).toBe(
      [
        "site_name: 'Production: what''s next?'",
        'nav:',
        '  - About this path: index.md',
        "  - 'Module 1: Observability': module-1.md",
        "  - 'Module 2: Incidents: don''t panic': module-2.md",
        "  - 'Module 3: Upgrades': module-3.md",
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
    const plain = await scaffolder.dryRun('new-learning-path', valid, educator);
    expect(plain.files['learning-path/mkdocs.yml']).toMatch(
      /^site_name: Kestrel in production\n/,
    );
    const nav = yaml.parse(plain.files['learning-path/mkdocs.yml'])
      .nav as Array<Record<string, string>>;
    for (const page of nav.flatMap(entry => Object.values(entry))) {
      expect(plain.files[`learning-path/docs/${page}`]).toMatch(/^# /);
    }
  });

  it('registers a learning-path Component in kestrel-handbook, the same as the skeleton catalog-info.yaml', async () => {
    const result = await scaffolder.dryRun(
      'new-learning-path',
      valid,
      educator,
    );
    const catalogInfo = yaml.parse(
      result.files['learning-path/catalog-info.yaml'],
    );
    expect(catalogInfo).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'kestrel-in-production',
        namespace: 'default',
        title: 'Kestrel in production',
        description: valid.description,
        tags: ['education', 'learning-path'],
        annotations: { 'backstage.io/techdocs-ref': 'dir:.' },
      },
      spec: {
        type: 'learning-path',
        lifecycle: 'experimental',
        owner: 'group:default/educators',
        system: 'kestrel-handbook',
      },
    });
    expect(result.inputs.create.entity).toEqual(catalogInfo);
    expect(result.inputs.create.sourceDirectory).toBe(
      `${scaffolder.createdDirectory}/packages/kestrel-in-production`,
    );
    expect(result.inputs.commit).toMatchObject({
      sourcePath: 'learning-path',
      name: 'kestrel-in-production',
    });
    expect(result.messages).toContain(
      'Dry run: would create component:default/kestrel-in-production',
    );
    expect(result.skipped).toEqual(['pr']);
    expect(result.links).toEqual([
      {
        title: 'Open Kestrel in production in the catalog',
        icon: 'catalog',
        url: '/catalog/default/component/kestrel-in-production',
      },
      {
        title: 'Read it in TechDocs',
        icon: 'docs',
        url: '/docs/default/component/kestrel-in-production',
      },
    ]);
  });

  it.each([
    [
      'a title YAML would have to fold or escape',
      { title: 'Kestrel # in production' },
      ['title'],
    ],
    ['no modules', { modules: [] }, ['modules']],
    [
      'nine modules',
      { modules: Array.from({ length: 9 }, (_, i) => `Part ${i + 1}`) },
      ['modules'],
    ],
    ['a bad name', { name: 'Kestrel in production' }, ['name']],
  ])('refuses %s, naming the field', async (_case, change, errorPath) => {
    const result = await scaffolder.dryRun(
      'new-learning-path',
      { ...valid, ...change },
      educator,
    );
    expect(result.status).toBe(400);
    expect(result.body.errors).toEqual([
      expect.objectContaining({ path: errorPath }),
    ]);
  });

  it('refuses the name of an existing site', async () => {
    const result = await scaffolder.dryRun(
      'new-learning-path',
      { ...valid, name: 'learning-paths' },
      educator,
    );
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(
      /\bname: component:default\/learning-paths already exists/,
    );
  });
});
