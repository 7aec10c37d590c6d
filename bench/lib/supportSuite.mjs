import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expandChoice } from './cliOptions.mjs';
import { supportChecks, supportReport } from './supportReport.mjs';
import { measureSupportDatabase, supportRun } from './supportRun.mjs';
import { writeSupportSeed } from './supportSeedContent.mjs';
import { readSeedManifest } from './writeSeed.mjs';

function prepareSeed(seedDir, options, log) {
  if (options.skipSeed) {
    const manifest = readSeedManifest(seedDir);
    if (manifest.suite !== 'support') {
      throw new Error(`${seedDir} does not hold a support seed`);
    }
    log(`Seed: reusing ${seedDir} (${JSON.stringify(manifest.sizes)})`);
    return manifest;
  }
  const manifest = writeSupportSeed(seedDir, {
    seed: options.seed,
    questions: options.questions,
    answers: options.answers,
    queues: options.queues,
  });
  log(
    `Seed: catalog (${manifest.expected.user} users, ${manifest.expected.group} groups) and ${manifest.expected.queues} queues in ${seedDir}; ${manifest.expected.questions} questions and ${manifest.expected.answers} answers go into each database`,
  );
  return manifest;
}

function writeResults(resultsDir, id, options, manifest, outcomes) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `support-${id}.json`);
  const body = {
    id,
    suite: 'support',
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
 * `--suite support`: per database, seeds questions and answers into the
 * support plugin's tables, loads the question list and the metrics, and
 * times the breach scan. Returns whether every run completed (targets
 * missed do not count as failures).
 */
export async function runSupportSuite({
  options,
  id,
  repoRoot,
  dataRoot,
  log,
}) {
  const seedDir = path.join(dataRoot, 'bench-seed-support');
  const manifest = prepareSeed(seedDir, options, log);
  const outcomes = [];
  const databases = expandChoice(options.db, ['sqlite', 'postgres']);
  for (const [index, db] of databases.entries()) {
    const run = supportRun({ db, index, options, id, dataRoot });
    const outcome = await measureSupportDatabase({
      run,
      options,
      manifest,
      manifestFile: path.join(seedDir, 'manifest.json'),
      repoRoot,
      log,
    });
    outcome.checks = supportChecks(outcome);
    outcomes.push(outcome);
  }
  log('\n==== Support results');
  for (const outcome of outcomes) {
    log(`\n${supportReport(outcome, outcome.checks)}`);
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
