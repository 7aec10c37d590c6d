import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createQueueRegistry, resolveContentDirectory } from './QueueRegistry';

const fixtures = path.join(__dirname, '__fixtures__', 'content');
const communityContent = path.resolve(
  __dirname,
  '../../../../community/support',
);

function component(
  name: string,
  type: string,
  owner: string,
  extra: Partial<Entity['metadata']> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', ...extra },
    spec: { type, owner, lifecycle: 'production' },
  };
}

const flow = component('kestrel-flow', 'library', 'core-maintainers');
const metrics = component(
  'kestrel-metrics',
  'library',
  'group:default/tooling-maintainers',
  { title: 'Kestrel Metrics', description: 'Metrics for running flows' },
);
const cli = component('kestrel-cli', 'tool', 'tooling-maintainers');
const website = component('website', 'website', 'tooling-maintainers');
// A package whose name is already taken by a queue about something else
const security = component('security', 'library', 'core-maintainers');

/** A catalog whose entities a test can change between refreshes. */
function changingCatalog(initial: Entity[]) {
  let entities = initial;
  let failing = false;
  const catalog = catalogServiceMock.mock({
    queryEntities: async (request, options) => {
      if (failing) {
        throw new Error('catalog unavailable');
      }
      return catalogServiceMock({ entities }).queryEntities(request, options);
    },
  });
  return {
    catalog,
    set: (next: Entity[]) => {
      entities = next;
    },
    fail: (value: boolean) => {
      failing = value;
    },
  };
}

function create(
  catalog: ReturnType<typeof changingCatalog>['catalog'],
  content = fixtures,
) {
  const logger = mockServices.logger.mock();
  return {
    logger,
    created: createQueueRegistry({
      config: mockServices.rootConfig({ data: { support: { content } } }),
      catalog,
      auth: mockServices.auth(),
      logger,
    }),
  };
}

describe('createQueueRegistry', () => {
  it('lists the defined queues, then one per package (library, framework or tool) without a queue', async () => {
    const { catalog } = changingCatalog([flow, metrics, cli, website]);
    const { registry, refresh } = await create(catalog).created;
    // Only the queues from the files until the first refresh reads the catalog
    expect(registry.get('kestrel-metrics')).toBeUndefined();
    await refresh();

    expect(registry.list().map(q => q.id)).toEqual([
      'kestrel-flow',
      'getting-started',
      'security',
      'kestrel-cli',
      'kestrel-metrics',
    ]);
    expect(registry.get('website')).toBeUndefined();
    expect(registry.get('kestrel-metrics')).toEqual({
      id: 'kestrel-metrics',
      title: 'Kestrel Metrics',
      description: 'Metrics for running flows',
      team: 'group:default/tooling-maintainers',
      entityRef: 'component:default/kestrel-metrics',
      visibility: 'public',
      guideline: registry.get('kestrel-flow')!.guideline,
    });
    expect(registry.get('kestrel-metrics')!.guideline.id).toBe('default');
    expect(registry.get('kestrel-cli')!.team).toBe(
      'group:default/tooling-maintainers',
    );
  });

  it('gives each queue its guideline, without handbook-only fields', async () => {
    const { catalog } = changingCatalog([]);
    const { registry } = await create(catalog).created;
    const queue = registry.get('security')!;
    expect(queue.visibility).toBe('private');
    expect(queue.team).toBe('group:default/security-response');
    expect(queue).not.toHaveProperty('answeredBy');
    expect(registry.get('kestrel-flow')).not.toHaveProperty('answeredBy');
    expect(queue.guideline).toEqual({
      id: 'security-reports',
      title: 'Security reports',
      escalateAfter: 'PT12H',
      targets: ['urgent', 'normal', 'low'].map(priority => ({
        priority,
        firstResponse: 'PT4H',
        resolution: 'P3D',
        clock: 'calendar',
      })),
    });
  });

  it('finds the queues of an entity, whatever the case of its ref', async () => {
    const { catalog } = changingCatalog([metrics]);
    const { registry, refresh } = await create(catalog).created;
    await refresh();
    expect(
      registry.forEntity('component:default/kestrel-flow').map(q => q.id),
    ).toEqual(['kestrel-flow']);
    expect(
      registry.forEntity('Component:default/kestrel-metrics').map(q => q.id),
    ).toEqual(['kestrel-metrics']);
    expect(registry.forEntity('component:default/unknown')).toEqual([]);
  });

  it('skips a package whose name is another queue, and says so once', async () => {
    const { catalog } = changingCatalog([security]);
    const made = create(catalog);
    const { registry, refresh } = await made.created;
    await refresh();

    expect(registry.get('security')!.team).toBe(
      'group:default/security-response',
    );
    expect(registry.forEntity('component:default/security')).toEqual([]);
    expect(made.logger.warn).toHaveBeenCalledTimes(1);
    expect(made.logger.warn).toHaveBeenCalledWith(
      "Support: no queue for package component:default/security: a queue named 'security' exists for something else",
    );
  });

  it('follows the catalog on refresh', async () => {
    const fake = changingCatalog([]);
    const { registry, refresh } = await create(fake.catalog).created;
    expect(registry.get('kestrel-metrics')).toBeUndefined();

    fake.set([metrics]);
    await refresh();
    expect(registry.get('kestrel-metrics')?.team).toBe(
      'group:default/tooling-maintainers',
    );

    fake.set([]);
    await refresh();
    expect(registry.get('kestrel-metrics')).toBeUndefined();
    expect(registry.list()).toHaveLength(3);
  });

  it('starts with the defined queues when the catalog cannot be read', async () => {
    const fake = changingCatalog([metrics]);
    fake.fail(true);
    const made = create(fake.catalog);
    const { registry, refresh } = await made.created;
    expect(registry.list().map(q => q.id)).toEqual([
      'kestrel-flow',
      'getting-started',
      'security',
    ]);
    await expect(refresh()).rejects.toThrow('catalog unavailable');
    fake.fail(false);
    await refresh();
    expect(registry.get('kestrel-metrics')).toBeDefined();
  });

  it('fails start-up on invalid content, naming the file and field', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'support-content-'));
    try {
      fs.copyFileSync(
        path.join(fixtures, 'response-guidelines.yaml'),
        path.join(dir, 'response-guidelines.yaml'),
      );
      fs.writeFileSync(
        path.join(dir, 'queues.yaml'),
        fs
          .readFileSync(path.join(fixtures, 'queues.yaml'), 'utf8')
          .replace('visibility: private', 'visibility: hidden'),
      );
      const { catalog } = changingCatalog([]);
      await expect(create(catalog, dir).created).rejects.toThrow(
        `Invalid support content in ${path.join(dir, 'queues.yaml')}`,
      );
      await expect(create(catalog, dir).created).rejects.toThrow(
        'queues[2] (security).visibility',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reads the community's own support content", async () => {
    const { catalog } = changingCatalog([flow, metrics]);
    const { registry, refresh } = await create(catalog, communityContent)
      .created;
    await refresh();
    const ids = registry.list().map(q => q.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'kestrel-flow',
        'getting-started',
        'infrastructure',
        'code-of-conduct',
        'security',
        'kestrel-metrics',
      ]),
    );
    // Every package of the community has its queue in the file
    const packages = fs
      .readdirSync(path.resolve(communityContent, '../packages'))
      .filter(name => name.startsWith('kestrel-'));
    for (const name of packages) {
      expect(registry.forEntity(`component:default/${name}`)).toHaveLength(1);
    }
    expect(
      registry
        .list()
        .filter(q => q.visibility === 'private')
        .map(q => q.id),
    ).toEqual(['code-of-conduct', 'security']);
    expect(registry.get('kestrel-retry')!.guideline.targets).toEqual([
      {
        priority: 'urgent',
        firstResponse: 'PT4H',
        resolution: 'P1D',
        clock: 'calendar',
      },
      {
        priority: 'normal',
        firstResponse: 'P1D',
        resolution: 'P5D',
        clock: 'business-days',
      },
      {
        priority: 'low',
        firstResponse: 'P3D',
        resolution: 'P14D',
        clock: 'business-days',
      },
    ]);
  });
});

describe('resolveContentDirectory', () => {
  it('defaults to the community content seen from packages/backend', () => {
    expect(resolveContentDirectory(mockServices.rootConfig({ data: {} }))).toBe(
      path.resolve(process.cwd(), '../../community/support'),
    );
  });
});
