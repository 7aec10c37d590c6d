import { createMockDirectory } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { ConflictError, InputError } from '@backstage/errors';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { actionContext } from '../__testUtils__/actionContext';
import { readCreatedContentConfig } from '../config';
import { createGitCommitAction } from './gitCommit';

const root = createMockDirectory();
const workspacePath = root.resolve('workspace');
const createdDirectory = root.resolve('created');
const action = createGitCommitAction({
  settings: readCreatedContentConfig(
    new ConfigReader({
      communityHub: { createdContent: { directory: createdDirectory } },
    }),
  ),
});

function run(
  input: { sourcePath: string; name: string; message?: string },
  isDryRun = false,
) {
  const { ctx, outputs } = actionContext({ input, workspacePath, isDryRun });
  return action.handler(ctx).then(outputs);
}

describe('community:git:commit', () => {
  beforeEach(() => {
    root.setContent({
      workspace: {
        package: {
          'package.json': '{ "name": "@kestrel/metrics" }',
          'catalog-info.yaml': 'kind: Component\n',
          docs: { 'index.md': '# Metrics\n' },
          '.git': { HEAD: 'ref: refs/heads/elsewhere\n' },
        },
      },
    });
  });

  it('commits the skeleton to a repository of its own, authored by the person running the template', async () => {
    const output = await run({
      sourcePath: 'package',
      name: 'kestrel-metrics',
      message: 'Create kestrel-metrics from the "New package" template',
    });

    const directory = root.resolve('created/packages/kestrel-metrics');
    expect(output).toEqual({
      directory,
      commit: expect.stringMatching(/^[0-9a-f]{40}$/),
    });
    const [entry] = await git.log({ fs, dir: directory });
    expect(entry.oid).toBe(output.commit);
    expect(entry.commit.message).toBe(
      'Create kestrel-metrics from the "New package" template\n',
    );
    expect(entry.commit.author).toMatchObject({
      name: 'amara.okafor',
      email: 'amara.okafor@users.communityhub.dev',
    });
    expect((await git.listFiles({ fs, dir: directory })).sort()).toEqual([
      'catalog-info.yaml',
      'docs/index.md',
      'package.json',
    ]);
    expect(await git.currentBranch({ fs, dir: directory })).toBe('main');
  });

  it('has a default commit message', async () => {
    const { directory } = await run({
      sourcePath: './package',
      name: 'kestrel-metrics',
    });
    const [entry] = await git.log({ fs, dir: directory as string });
    expect(entry.commit.message).toBe(
      'Create kestrel-metrics from a template\n',
    );
  });

  it('refuses a name that is already taken and leaves the existing folder alone', async () => {
    root.addContent({
      created: { packages: { 'kestrel-metrics': { 'keep.txt': 'mine' } } },
    });
    await expect(
      run({ sourcePath: 'package', name: 'kestrel-metrics' }),
    ).rejects.toThrow(ConflictError);
    expect(root.content({ path: 'created' })).toEqual({
      packages: { 'kestrel-metrics': { 'keep.txt': 'mine' } },
    });
  });

  it('refuses a source outside the workspace, and a name that is not a catalog name', async () => {
    await expect(
      run({ sourcePath: '../created', name: 'kestrel-metrics' }),
    ).rejects.toThrow(
      new InputError("sourcePath: '../created' lies outside the workspace"),
    );
    await expect(
      run({ sourcePath: 'missing', name: 'kestrel-metrics' }),
    ).rejects.toThrow(
      new InputError("sourcePath: 'missing' is not a folder in the workspace"),
    );
    for (const name of ['../escape', 'a/b', '.', 'Kestrel Metrics']) {
      await expect(run({ sourcePath: 'package', name })).rejects.toThrow(
        /^name: '.*' is not a valid name/,
      );
    }
    expect(fs.existsSync(createdDirectory)).toBe(false);
  });

  it('writes nothing in a dry-run and answers the would-be directory', async () => {
    const output = await run(
      { sourcePath: 'package', name: 'kestrel-metrics' },
      true,
    );
    expect(output).toEqual({
      directory: root.resolve('created/packages/kestrel-metrics'),
    });
    expect(fs.existsSync(createdDirectory)).toBe(false);
  });
});
