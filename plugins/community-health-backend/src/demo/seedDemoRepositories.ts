import { LoggerService } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import { join } from 'node:path';
import { DEMO_PACKAGES } from './demoPackages';
import { planDemoHistory } from './planDemoHistory';
import { writeGitRepository } from './writeGitRepository';

/**
 * Creates the git repositories of the ten demo packages (community/packages)
 * in `directory`, one per package named like the Component, each with a
 * plausible history over the last 18 months before `now`: maintainers from
 * community/governance/org/users.yaml, engineers at partner email domains
 * (community/partners/partners.yaml), outside contributors and release tags.
 * The histories are deterministic (a fixed seed).
 *
 * A package whose directory exists is left alone, so seeding again changes
 * nothing; delete a directory to have it created anew. Each repository is
 * written into a temporary directory and renamed into place when complete.
 */
export async function seedDemoRepositories(options: {
  directory: string;
  now: Date;
  logger: LoggerService;
}): Promise<void> {
  const { directory, now, logger } = options;
  await fs.promises.mkdir(directory, { recursive: true });
  const created: string[] = [];
  for (const profile of DEMO_PACKAGES) {
    const dir = join(directory, profile.name);
    if (await exists(dir)) {
      continue;
    }
    const temporary = join(
      directory,
      `.${profile.name}.seeding-${process.pid}`,
    );
    await fs.promises.rm(temporary, { recursive: true, force: true });
    try {
      await writeGitRepository(temporary, planDemoHistory(profile, now));
      await fs.promises.rename(temporary, dir).catch(async error => {
        // Another replica may have created it in the meantime.
        if (!(await exists(dir))) {
          throw error;
        }
      });
      created.push(profile.name);
    } finally {
      await fs.promises.rm(temporary, { recursive: true, force: true });
    }
  }
  if (created.length > 0) {
    logger.info(
      `Created demo repositories in ${directory}: ${created.join(', ')}`,
    );
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.promises.stat(path);
    return true;
  } catch {
    return false;
  }
}
