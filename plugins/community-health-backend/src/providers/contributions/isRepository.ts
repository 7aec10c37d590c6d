import fs from 'node:fs';
import { join } from 'node:path';

/** Whether `dir` holds a git repository with a working directory (a `.git` directory). */
export async function isRepository(dir: string): Promise<boolean> {
  try {
    return (await fs.promises.stat(join(dir, '.git'))).isDirectory();
  } catch {
    return false;
  }
}
