import git from 'isomorphic-git';
import fs from 'node:fs';

/** A git author or tagger. */
export interface GitPerson {
  name: string;
  email: string;
}

/** A commit to write: who, when (ms since the epoch) and why. */
export interface PlannedCommit {
  author: GitPerson;
  at: number;
  message: string;
}

/** A tag to write on one of the planned commits. */
export interface PlannedTag {
  name: string;
  /** Index of the tagged commit in {@link PlannedRepository.commits}. */
  commit: number;
  /** The annotated tag's date (ms since the epoch); absent for a lightweight tag. */
  at?: number;
  tagger?: GitPerson;
}

/** A linear history to write, oldest commit first. */
export interface PlannedRepository {
  /** The contents of `README.md`, the same in every commit. */
  readme: string;
  commits: PlannedCommit[];
  tags: PlannedTag[];
}

/**
 * Writes a repository with exactly the planned history into `dir` (which must
 * not hold one yet): branch `main`, each commit authored and committed by its
 * author at its time, over a tree of `README.md` and a `CHANGELOG.md` naming
 * the commit's change; then the tags, and the files of the last commit are
 * checked out. Objects are written directly (no index per commit), so a few
 * hundred commits take well under a second.
 */
export async function writeGitRepository(
  dir: string,
  plan: PlannedRepository,
): Promise<void> {
  await git.init({ fs, dir, defaultBranch: 'main' });
  const readme = await git.writeBlob({
    fs,
    dir,
    blob: Buffer.from(plan.readme, 'utf8'),
  });
  const oids: string[] = [];
  for (const [index, planned] of plan.commits.entries()) {
    const changelog = await git.writeBlob({
      fs,
      dir,
      blob: Buffer.from(
        `# Changes\n\n- ${planned.message} (${new Date(planned.at)
          .toISOString()
          .slice(0, 10)})\n`,
        'utf8',
      ),
    });
    const tree = await git.writeTree({
      fs,
      dir,
      tree: [
        { mode: '100644', path: 'CHANGELOG.md', oid: changelog, type: 'blob' },
        { mode: '100644', path: 'README.md', oid: readme, type: 'blob' },
      ],
    });
    const signature = {
      ...planned.author,
      timestamp: Math.floor(planned.at / 1000),
      timezoneOffset: 0,
    };
    oids.push(
      await git.writeCommit({
        fs,
        dir,
        commit: {
          message: `${planned.message}\n`,
          tree,
          parent: index > 0 ? [oids[index - 1]] : [],
          author: signature,
          committer: signature,
        },
      }),
    );
  }
  if (oids.length === 0) {
    return;
  }
  await git.writeRef({
    fs,
    dir,
    ref: 'refs/heads/main',
    value: oids[oids.length - 1],
    force: true,
  });
  for (const tag of plan.tags) {
    if (tag.at !== undefined && tag.tagger) {
      await git.annotatedTag({
        fs,
        dir,
        ref: tag.name,
        object: oids[tag.commit],
        message: `Release ${tag.name}`,
        tagger: {
          ...tag.tagger,
          timestamp: Math.floor(tag.at / 1000),
          timezoneOffset: 0,
        },
      });
    } else {
      await git.tag({ fs, dir, ref: tag.name, object: oids[tag.commit] });
    }
  }
  await git.checkout({ fs, dir, ref: 'main', force: true });
}
