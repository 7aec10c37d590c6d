import path from 'node:path';
import { cleanUpRun } from './cleanUpRun.mjs';
import { processVariant } from './processVariant.mjs';
import { buildRunConfig } from './runConfig.mjs';
import {
  runSupportDb,
  seedCountsMatch,
  supportDatabaseArgs,
} from './supportDatabase.mjs';
import { loadSupport } from './supportLoad.mjs';

/** The one backend (community) of the support suite on one database. */
export function supportRun({ db, index, options, id, dataRoot }) {
  const port = options.basePort + index;
  const dataDir = path.join(dataRoot, `bench-run-${db}-support`);
  return {
    db,
    variant: 'community',
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    logFile: path.join(dataDir, 'backend.log'),
    postgresPrefix: `bench_${id.replace('-', '')}_support_`,
  };
}

/**
 * The config overlay: the synthetic queues, a breach scan that only runs
 * once a day (the seed already carries the marks the every-minute scan
 * would have set, and the scan is timed on its own), and the support
 * collators scheduled out of the way like the others.
 */
function supportConfig(run, options, manifest) {
  const search = buildRunConfig(
    { ...run, seedLocation: manifest.rootLocation },
    options,
  ).search;
  return {
    support: {
      content: manifest.contentDir,
      breachScan: { hours: 24 },
    },
    search: {
      ...search,
      collators: {
        ...search.collators,
        support: { schedule: search.collators.catalog.schedule },
      },
    },
  };
}

/**
 * On a fresh database: the backend starts once (it creates the support
 * tables with its migrations, and the catalog takes in the bench users),
 * stops; the questions and answers are inserted; the backend starts again
 * for the load; after it stops, every question is reopened and the breach
 * scan timed.
 */
export async function measureSupportDatabase({
  run,
  options,
  manifest,
  manifestFile,
  repoRoot,
  log,
}) {
  const outcome = {
    suite: 'support',
    db: run.db,
    variant: run.variant,
    port: run.port,
    logFile: run.logFile,
  };
  const database = supportDatabaseArgs(run);
  try {
    Object.assign(
      outcome,
      await processVariant({
        run,
        options,
        manifest,
        repoRoot,
        log,
        extraConfig: supportConfig(run, options, manifest),
      }),
    );
    if (outcome.error) {
      return outcome;
    }

    log(
      `  seeding ${manifest.expected.questions} questions and ${manifest.expected.answers} answers into ${database[1]}`,
    );
    outcome.seed = await runSupportDb(repoRoot, 'seed', [
      ...database,
      '--content',
      manifest.contentDir,
      '--manifest',
      manifestFile,
      '--now',
      String(Date.now()),
    ]);
    outcome.seedCountsMatch = seedCountsMatch(outcome.seed.counts, manifest);
    log(
      `  seeded in ${outcome.seed.insertSeconds} s: ${JSON.stringify(
        outcome.seed.counts,
      )}${outcome.seedCountsMatch ? '' : ' (NOT as planned)'}`,
    );

    Object.assign(
      outcome,
      await loadSupport({ run, options, manifest, repoRoot, log }),
    );

    log('  timing the breach scan over every question reopened');
    outcome.breachScan = await runSupportDb(repoRoot, 'scan', [
      ...database,
      '--content',
      manifest.contentDir,
    ]);
    const { open, first, second } = outcome.breachScan;
    log(
      `  breach scan over ${open} open questions: ${first.ms} ms marking ${first.breached} breaches (${first.notifications} notifications); again with nothing new: ${second.ms} ms`,
    );
  } catch (error) {
    log(`  FAILED: ${error.message}`);
    outcome.error = error.message;
  } finally {
    await cleanUpRun(run, options, log);
  }
  return outcome;
}
