import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandChoice } from './cliOptions.mjs';
import { healthChecks, healthReport } from './healthReport.mjs';
import { healthRun, measureHealthDatabase } from './healthRun.mjs';
import { readSeedManifest, writeSeed } from './writeSeed.mjs';

/** The catalog suite's synthetic catalog (10,000 packages by default), written or reused. */
function prepareSeed(seedDir, options, log) {
  if (options.skipSeed) {
    const manifest = readSeedManifest(seedDir);
    log(`Seed: reusing ${seedDir} (${JSON.stringify(manifest.sizes)})`);
    return manifest;
  }
  const started = performance.now();
  const manifest = writeSeed(seedDir, {
    seed: options.seed,
    packages: options.packages,
    partners: options.partners,
    users: options.users,
    groups: options.groups,
    systems: options.systems,
  });
  log(
    `Seed: ${manifest.files.length} files in ${seedDir} in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s (${JSON.stringify(manifest.expected)})`,
  );
  return manifest;
}

function writeResults(resultsDir, id, options, manifest, outcomes) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `health-${id}.json`);
  const body = {
    id,
    suite: 'health',
    options,
    seed: { sizes: manifest.sizes, expected: manifest.expected },
    machine: {
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      node: process.version,
    },
    outcomes,
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

/**
 * `--suite health`: the catalog suite's seed, then per database: processing,
 * a full computation, one-package recomputations, and a year of snapshots
 * with the retention policy applied. Returns whether every run completed
 * (targets missed do not count as failures).
 */
export async function runHealthSuite({ options, id, repoRoot, dataRoot, log }) {
  const manifest = prepareSeed(path.join(dataRoot, 'bench-seed'), options, log);
  const outcomes = [];
  for (const [index, db] of expandChoice(options.db, [
    'sqlite',
    'postgres',
  ]).entries()) {
    const run = healthRun({ db, index, options, id, dataRoot });
    const outcome = await measureHealthDatabase({
      run,
      options,
      manifest,
      repoRoot,
      log,
    });
    outcome.checks = healthChecks(outcome);
    outcomes.push(outcome);
  }
  log('\n==== Community health results');
  for (const outcome of outcomes) {
    log(`\n${healthReport(outcome, outcome.checks)}`);
  }
  const file = writeResults(
    path.join(dataRoot, 'bench-results'),
    id,
    options,
    manifest,
    outcomes,
  );
  log(`\nResults written to ${path.relative(repoRoot, file)}`);
  return outcomes.every(o => !o.error);
}
