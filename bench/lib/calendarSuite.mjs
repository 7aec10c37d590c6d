import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { calendarChecks, calendarReport } from './calendarReport.mjs';
import { calendarRun, measureCalendarDatabase } from './calendarRun.mjs';
import { expandChoice } from './cliOptions.mjs';
import { readSeedManifest } from './writeSeed.mjs';
import { writeCalendarSeed } from './writeCalendarSeed.mjs';

function prepareSeed(seedDir, options, log) {
  if (options.skipSeed) {
    const manifest = readSeedManifest(seedDir);
    if (manifest.suite !== 'calendar') {
      throw new Error(`${seedDir} does not hold a calendar seed`);
    }
    log(`Seed: reusing ${seedDir} (${JSON.stringify(manifest.sizes)})`);
    return manifest;
  }
  const started = performance.now();
  const manifest = writeCalendarSeed(seedDir, {
    seed: options.seed,
    events: options.events,
    recurring: options.recurring,
    feedEvents: options.feedEvents,
  });
  const { byType, byZone, ...counts } = manifest.expected;
  log(
    `Seed: ${manifest.files.length} files in ${seedDir} in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s (${JSON.stringify(counts)})`,
  );
  return manifest;
}

function writeResults(resultsDir, id, options, manifest, outcomes) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `calendar-${id}.json`);
  const body = {
    id,
    suite: 'calendar',
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
 * `--suite calendar`: seeds Events, then per database processes them, times
 * the calendar index, and loads the calendar's endpoints. Returns whether
 * every run completed (targets missed do not count as failures).
 */
export async function runCalendarSuite({
  options,
  id,
  repoRoot,
  dataRoot,
  log,
}) {
  const seedDir = path.join(dataRoot, 'bench-seed-calendar');
  const manifest = prepareSeed(seedDir, options, log);
  const outcomes = [];
  const databases = expandChoice(options.db, ['sqlite', 'postgres']);
  for (const [index, db] of databases.entries()) {
    const run = calendarRun({ db, index, options, id, dataRoot });
    const outcome = await measureCalendarDatabase({
      run,
      options,
      manifest,
      repoRoot,
      log,
    });
    outcome.checks = calendarChecks(outcome, manifest);
    outcomes.push(outcome);
  }
  log('\n==== Calendar results');
  for (const outcome of outcomes) {
    log(`\n${calendarReport(outcome, outcome.checks)}`);
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
