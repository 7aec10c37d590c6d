import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import type { MetricContext } from '@community-hub/plugin-community-health-node';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { resolve } from 'node:path';
import { writeGitRepository } from '../../demo/writeGitRepository';
import { createContributionsProvider } from './createContributionsProvider';
import { readRepositoriesConfig } from './repositoriesConfig';

const root = createMockDirectory();
const now = new Date('2025-06-30T12:00:00Z');
const day = (iso: string) => Date.parse(`${iso}T10:00:00Z`);

const mei = { name: 'Mei Tanaka', email: 'mei.tanaka@kestrel-project.org' };
const elena = {
  name: 'Elena Voss',
  email: 'elena.voss@northwind-data.example',
};
const marek = {
  name: 'Marek Holm',
  email: 'marek.holm@northwind-data.example',
};
const jun = { name: 'Jun Watanabe', email: 'jun.watanabe@gmail.com' };

function component(name: string, repository?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: repository
        ? { 'communityhub.dev/repository': repository }
        : {},
    },
    spec: {
      type: 'library',
      lifecycle: 'production',
      owner: 'group:default/core',
    },
  };
}

const northwind: Entity = {
  apiVersion: 'communityhub.dev/v1alpha1',
  kind: 'Partner',
  metadata: {
    name: 'northwind-data',
    namespace: 'default',
    title: 'Northwind Data',
  },
  spec: { emailDomains: ['northwind-data.example'] },
};
const connect = component(
  'kestrel-connect',
  'https://github.com/kestrel-project/connect',
);
const stream = component(
  'kestrel-stream',
  'https://github.com/kestrel-project/stream',
);
const unannotated = component('kestrel-notes');

function contextOf(entities: Entity[]): MetricContext {
  return {
    now,
    windowDays: 90,
    logger: mockServices.logger.mock(),
    entitiesByRef: new Map(
      entities.map(e => [stringifyEntityRef(e).toLocaleLowerCase('en-US'), e]),
    ),
  };
}

function providerFor(repositories: object) {
  return createContributionsProvider({
    config: new ConfigReader({ communityHealth: { repositories } }),
    logger: mockServices.logger.mock(),
  });
}

async function writeConnect() {
  // In the window (after 2025-04-01T12:00Z): elena 2, marek 1, mei 1, jun 1 = 5 commits.
  await writeGitRepository(root.resolve('repositories/kestrel-connect'), {
    readme: '# connect\n',
    commits: [
      { author: mei, at: day('2024-10-01'), message: 'Start' },
      { author: elena, at: day('2025-04-15'), message: 'Add Kafka sink' },
      {
        author: marek,
        at: day('2025-05-01'),
        message: 'Add PostgreSQL source',
      },
      { author: elena, at: day('2025-05-20'), message: 'Fix offsets' },
      { author: mei, at: day('2025-06-02'), message: 'Document sinks' },
      { author: jun, at: day('2025-06-10'), message: 'Fix a typo' },
    ],
    tags: [
      { name: 'v3.1.0', commit: 0, at: day('2024-10-02'), tagger: mei },
      { name: 'v3.2.0', commit: 3, at: day('2025-05-21'), tagger: mei },
      { name: 'v3.2.1', commit: 5, at: day('2025-06-11'), tagger: mei },
    ],
  });
}

const byId = (values: { metricId: string; value: number | null }[] = []) =>
  Object.fromEntries(values.map(v => [v.metricId, v.value]));

describe('createContributionsProvider', () => {
  beforeEach(() => root.clear());
  afterEach(() => jest.restoreAllMocks());

  it('computes the metrics of each annotated Component from its repository', async () => {
    await writeConnect();
    const provider = providerFor({ directory: root.resolve('repositories') });
    const entities = [connect, stream, unannotated, northwind];

    const values = await provider.compute(entities, contextOf(entities));

    // Only the annotated Components get values.
    expect([...values.keys()].sort()).toEqual([
      'component:default/kestrel-connect',
      'component:default/kestrel-stream',
    ]);
    // connect, 5 commits in the window: elena 2, marek 1, mei 1, jun 1.
    // Absence: 2 < 2.5, 2 + 1 = 3 >= 2.5 -> 2.
    // Organizations: Northwind Data (elena, marek) 3 >= 2.5 -> elephant factor 1.
    // New: marek (2025-05-01), elena (2025-04-15), jun (2025-06-10); mei started 2024-10-01 -> 3.
    // Releases in the window: v3.2.0, v3.2.1 = 2; 2 * 30 / 90 = 0.67.
    expect(byId(values.get('component:default/kestrel-connect'))).toEqual({
      'contributions.contributor-absence-factor': 2,
      'contributions.elephant-factor': 1,
      'contributions.new-contributors': 3,
      'contributions.active-contributors': 4,
      'contributions.release-frequency': 0.67,
    });
    // stream has no repository in the directory.
    expect(values.get('component:default/kestrel-stream')).toEqual(
      provider.definitions.map(d => ({
        metricId: d.id,
        version: '1',
        value: null,
        note: 'no local repository',
      })),
    );
  });

  it('publishes a definition for each metric it computes', () => {
    const provider = providerFor({ directory: root.resolve('repositories') });
    expect(provider.id).toBe('contributions');
    expect(provider.definitions.map(d => [d.id, d.unit, d.source])).toEqual([
      ['contributions.contributor-absence-factor', 'count', 'contributions'],
      ['contributions.elephant-factor', 'count', 'contributions'],
      ['contributions.new-contributors', 'count', 'contributions'],
      ['contributions.active-contributors', 'count', 'contributions'],
      ['contributions.release-frequency', 'per-month', 'contributions'],
    ]);
    for (const definition of provider.definitions) {
      expect(definition.reference).toMatch(
        /^https:\/\/chaoss\.community\/kb\//,
      );
      expect(definition.definition.length).toBeGreaterThan(100);
    }
  });

  it('reads an unchanged repository once, and again when it changed', async () => {
    await writeConnect();
    const provider = providerFor({ directory: root.resolve('repositories') });
    const readCommit = jest.spyOn(git, 'readCommit');
    const context = contextOf([connect, northwind]);

    await provider.compute([connect], context);
    expect(readCommit).toHaveBeenCalledTimes(6);

    // A recomputation of the unchanged repository reads only its refs.
    readCommit.mockClear();
    const again = await provider.compute([connect], context);
    expect(readCommit).not.toHaveBeenCalled();
    expect(
      byId(again.get('component:default/kestrel-connect'))[
        'contributions.active-contributors'
      ],
    ).toBe(4);

    // A new commit moves HEAD: the history is read again and counts it.
    const dir = root.resolve('repositories/kestrel-connect');
    const head = await git.resolveRef({ fs, dir, ref: 'HEAD' });
    const { tree } = (await git.readCommit({ fs, dir, oid: head })).commit;
    const sofia = {
      name: 'Sofia Lindqvist',
      email: 'sofia.lindqvist@kestrel-project.org',
      timestamp: day('2025-06-20') / 1000,
      timezoneOffset: 0,
    };
    const next = await git.writeCommit({
      fs,
      dir,
      commit: {
        message: 'Add retries\n',
        tree,
        parent: [head],
        author: sofia,
        committer: sofia,
      },
    });
    await git.writeRef({
      fs,
      dir,
      ref: 'refs/heads/main',
      value: next,
      force: true,
    });
    readCommit.mockClear();

    const changed = await provider.compute([connect], context);
    expect(readCommit).toHaveBeenCalledTimes(7); // 6 commits and the new one
    expect(
      byId(changed.get('component:default/kestrel-connect'))[
        'contributions.active-contributors'
      ],
    ).toBe(5);
  });

  it('keeps the local repository when cloning is on and the remote cannot be reached', async () => {
    await writeConnect();
    const logger = mockServices.logger.mock();
    const provider = createContributionsProvider({
      config: new ConfigReader({
        communityHealth: {
          repositories: {
            directory: root.resolve('repositories'),
            clone: true,
          },
        },
      }),
      logger,
    });
    const unreachable = component(
      'kestrel-connect',
      'http://127.0.0.1:9/connect.git',
    );
    const missing = component(
      'kestrel-stream',
      'http://127.0.0.1:9/stream.git',
    );
    const context = contextOf([unreachable, missing, northwind]);

    const values = await provider.compute([unreachable, missing], context);

    expect(
      byId(values.get('component:default/kestrel-connect'))[
        'contributions.elephant-factor'
      ],
    ).toBe(1);
    expect(values.get('component:default/kestrel-stream')?.[0]).toMatchObject({
      value: null,
      note: 'no local repository',
    });
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'Could not clone or fetch http://127.0.0.1:9/stream.git',
      ),
    );
    // A failed clone leaves nothing behind.
    expect(fs.readdirSync(root.resolve('repositories'))).toEqual([
      'kestrel-connect',
    ]);
  });
});

describe('readRepositoriesConfig', () => {
  it('resolves the directory against the working directory, with defaults', () => {
    const cwd = process.cwd();
    expect(readRepositoriesConfig(new ConfigReader({}))).toEqual({
      directory: resolve(cwd, '../../data/repositories'),
      clone: false,
      demo: false,
    });
    expect(
      readRepositoriesConfig(
        new ConfigReader({
          communityHealth: {
            repositories: { directory: 'repos', clone: true, demo: true },
          },
        }),
      ),
    ).toEqual({
      directory: resolve(cwd, 'repos'),
      clone: true,
      demo: true,
    });
  });
});
