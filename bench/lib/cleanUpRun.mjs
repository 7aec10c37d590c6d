import fs from 'node:fs';
import path from 'node:path';
import { dropDatabasesWithPrefix } from './postgresDatabases.mjs';

export async function cleanUpRun(run, options, log) {
  if (options.keepData) {
    return;
  }
  try {
    if (run.db === 'postgres') {
      const dropped = await dropDatabasesWithPrefix(run.postgresPrefix);
      log(
        `  dropped ${dropped.length} PostgreSQL databases ${run.postgresPrefix}*`,
      );
    } else {
      fs.rmSync(path.join(run.dataDir, 'sqlite'), {
        recursive: true,
        force: true,
      });
    }
  } catch (error) {
    log(`  clean-up of ${run.variant} on ${run.db} failed: ${error.message}`);
  }
}
