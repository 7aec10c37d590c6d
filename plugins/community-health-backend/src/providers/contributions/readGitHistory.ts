import git, { Errors } from 'isomorphic-git';
import fs from 'node:fs';
import { GitCommitRecord, GitHistory, GitTagRecord } from './GitHistory';

/**
 * Where a repository's default branch and its tags point. Reading it touches
 * refs only, so it is cheap enough to run before every use of a cached history.
 */
export interface RepositoryState {
  /** The commit HEAD resolves to; `null` in a repository without commits. */
  head: string | null;
  /** Every tag with the object it points at, sorted by name. */
  tags: Array<{ name: string; oid: string }>;
}

/** Reads where HEAD and the tags of the repository in `dir` point. */
export async function readRepositoryState(
  dir: string,
): Promise<RepositoryState> {
  let head: string | null = null;
  try {
    head = await git.resolveRef({ fs, dir, ref: 'HEAD' });
  } catch (error) {
    if (!(error instanceof Errors.NotFoundError)) {
      throw error;
    }
  }
  const names = (await git.listTags({ fs, dir })).sort();
  const tags = await Promise.all(
    names.map(async name => ({
      name,
      oid: await git.resolveRef({ fs, dir, ref: `refs/tags/${name}` }),
    })),
  );
  return { head, tags };
}

/**
 * Reads the history of the repository in `dir`: every commit reachable from
 * HEAD (the default branch; merges are followed into all their parents, and
 * each commit is listed once) and every tag with its date.
 *
 * @param state - the state just read with {@link readRepositoryState}, to
 *   read exactly that state (and not resolve the refs twice)
 */
export async function readGitHistory(
  dir: string,
  state?: RepositoryState,
): Promise<GitHistory> {
  const { head, tags } = state ?? (await readRepositoryState(dir));
  const cache = {};
  const commits: GitCommitRecord[] = [];
  if (head) {
    const seen = new Set([head]);
    const pending = [head];
    while (pending.length > 0) {
      const oid = pending.pop()!;
      const { commit } = await git.readCommit({ fs, dir, oid, cache });
      commits.push({
        oid,
        authorName: commit.author.name,
        authorEmail: commit.author.email,
        authoredAt: commit.author.timestamp * 1000,
      });
      for (const parent of commit.parent) {
        if (!seen.has(parent)) {
          seen.add(parent);
          pending.push(parent);
        }
      }
    }
  }
  const tagRecords: GitTagRecord[] = [];
  for (const tag of tags) {
    const taggedAt = await readTagDate(dir, tag.oid, cache);
    if (taggedAt !== undefined) {
      tagRecords.push({ name: tag.name, taggedAt });
    }
  }
  return { head, commits, tags: tagRecords };
}

/**
 * An annotated tag's own date, or a lightweight tag's commit date. Tags of
 * trees or blobs (not releases of code) have none.
 */
async function readTagDate(
  dir: string,
  oid: string,
  cache: object,
): Promise<number | undefined> {
  const read = await git.readObject({ fs, dir, oid, cache, format: 'parsed' });
  if (read.format !== 'parsed') {
    return undefined;
  }
  if (read.type === 'tag') {
    return read.object.tagger.timestamp * 1000;
  }
  if (read.type === 'commit') {
    return read.object.committer.timestamp * 1000;
  }
  return undefined;
}
