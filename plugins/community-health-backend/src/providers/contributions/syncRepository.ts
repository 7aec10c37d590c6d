import git from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import fs from 'node:fs';
import { dirname } from 'node:path';
import { isRepository } from './isRepository';

/**
 * Brings the repository in `dir` up to date with `url`. A missing repository
 * is cloned (the default branch with its whole history and the tags, without
 * checking out files) into a temporary directory that is renamed into place
 * only when complete, so a failed clone leaves nothing behind. An existing one
 * is fetched (default branch and tags, removed tags pruned) and its local
 * default branch is moved to the fetched commit: these clones are mirrors the
 * portal manages, never worked in.
 *
 * @returns what was done
 */
export async function syncRepository(options: {
  dir: string;
  url: string;
}): Promise<'cloned' | 'fetched'> {
  const { dir, url } = options;
  if (await isRepository(dir)) {
    const fetched = await git.fetch({
      fs,
      http,
      dir,
      url,
      singleBranch: true,
      tags: true,
      prune: true,
      pruneTags: true,
    });
    const branch = await git.currentBranch({ fs, dir, fullname: true });
    if (branch && fetched.fetchHead) {
      await git.writeRef({
        fs,
        dir,
        ref: branch,
        value: fetched.fetchHead,
        force: true,
      });
    }
    return 'fetched';
  }

  await fs.promises.mkdir(dirname(dir), { recursive: true });
  const temporary = `${dir}.clone-${process.pid}-${Date.now()}`;
  try {
    await git.clone({
      fs,
      http,
      dir: temporary,
      url,
      singleBranch: true,
      noCheckout: true,
    });
    await fs.promises.rename(temporary, dir).catch(async error => {
      // Another replica may have finished the same clone first.
      if (!(await isRepository(dir))) {
        throw error;
      }
    });
  } finally {
    await fs.promises.rm(temporary, { recursive: true, force: true });
  }
  return 'cloned';
}
