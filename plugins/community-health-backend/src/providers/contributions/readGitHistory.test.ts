import { createMockDirectory } from '@backstage/backend-test-utils';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { writeGitRepository } from '../../demo/writeGitRepository';
import { readGitHistory, readRepositoryState } from './readGitHistory';

const root = createMockDirectory();
const mei = { name: 'Mei Tanaka', email: 'mei.tanaka@kestrel-project.org' };
const elena = {
  name: 'Elena Voss',
  email: 'elena.voss@northwind-data.example',
};
const at = (iso: string) => Date.parse(iso);

describe('readGitHistory', () => {
  beforeEach(() => root.clear());

  it('reads authors, author dates and tags of the default branch', async () => {
    const dir = root.resolve('flow');
    await writeGitRepository(dir, {
      readme: '# flow\n',
      commits: [
        { author: mei, at: at('2025-01-02T10:00:00Z'), message: 'Start' },
        { author: elena, at: at('2025-02-03T11:00:00Z'), message: 'Add sinks' },
        { author: mei, at: at('2025-03-04T12:00:00Z'), message: 'Fix retries' },
      ],
      tags: [
        // annotated: its own date, a day after the commit
        {
          name: 'v1.0.0',
          commit: 1,
          at: at('2025-02-04T09:00:00Z'),
          tagger: mei,
        },
        // lightweight: the commit's date
        { name: 'v1.0.1', commit: 2 },
      ],
    });

    const history = await readGitHistory(dir);

    expect(history.head).toBe(await git.resolveRef({ fs, dir, ref: 'HEAD' }));
    expect(
      history.commits
        .map(c => [
          c.authorName,
          c.authorEmail,
          new Date(c.authoredAt).toISOString(),
        ])
        .sort((a, b) => a[2].localeCompare(b[2])),
    ).toEqual([
      [
        'Mei Tanaka',
        'mei.tanaka@kestrel-project.org',
        '2025-01-02T10:00:00.000Z',
      ],
      [
        'Elena Voss',
        'elena.voss@northwind-data.example',
        '2025-02-03T11:00:00.000Z',
      ],
      [
        'Mei Tanaka',
        'mei.tanaka@kestrel-project.org',
        '2025-03-04T12:00:00.000Z',
      ],
    ]);
    expect(history.tags).toEqual([
      { name: 'v1.0.0', taggedAt: at('2025-02-04T09:00:00Z') },
      { name: 'v1.0.1', taggedAt: at('2025-03-04T12:00:00Z') },
    ]);
  });

  it('follows both parents of a merge and lists each commit once', async () => {
    const dir = root.resolve('merged');
    await writeGitRepository(dir, {
      readme: '# merged\n',
      commits: [
        { author: mei, at: at('2025-01-01T00:00:00Z'), message: 'Start' },
        { author: mei, at: at('2025-01-02T00:00:00Z'), message: 'Main work' },
      ],
      tags: [],
    });
    const [main, base] = (await git.log({ fs, dir })).map(c => c.oid);
    const { tree } = (await git.readCommit({ fs, dir, oid: main })).commit;
    const signature = (timestamp: number) => ({
      ...elena,
      timestamp,
      timezoneOffset: 0,
    });
    // A side branch from the first commit, then a merge of it into main:
    //   base -- main ------ merge
    //      \-- side ------/
    const side = await git.writeCommit({
      fs,
      dir,
      commit: {
        message: 'Side work\n',
        tree,
        parent: [base],
        author: signature(1735862400),
        committer: signature(1735862400),
      },
    });
    const merge = await git.writeCommit({
      fs,
      dir,
      commit: {
        message: 'Merge pull request #7\n',
        tree,
        parent: [main, side],
        author: signature(1735948800),
        committer: signature(1735948800),
      },
    });
    await git.writeRef({
      fs,
      dir,
      ref: 'refs/heads/main',
      value: merge,
      force: true,
    });

    const history = await readGitHistory(dir);

    expect(history.commits.map(c => c.oid).sort()).toEqual(
      [base, main, side, merge].sort(),
    );
  });

  it('reads a repository without commits as an empty history', async () => {
    const dir = root.resolve('empty');
    await git.init({ fs, dir, defaultBranch: 'main' });

    expect(await readRepositoryState(dir)).toEqual({ head: null, tags: [] });
    expect(await readGitHistory(dir)).toEqual({
      head: null,
      commits: [],
      tags: [],
    });
  });
});
