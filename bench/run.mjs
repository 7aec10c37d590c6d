import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandChoice, parseCliOptions } from './lib/cliOptions.mjs';
import {
  ratioReport,
  ratioSummary,
  variantReport,
} from './lib/reportTables.mjs';
import { runCalendarSuite } from './lib/calendarSuite.mjs';
import { runSupportSuite } from './lib/supportSuite.mjs';
import { cleanUpRun } from './lib/cleanUpRun.mjs';
import { runHealthSuite } from './lib/healthSuite.mjs';
import { loadVariants } from './lib/loadVariants.mjs';
import { processVariant } from './lib/processVariant.mjs';
import { readSeedManifest, writeSeed } from './lib/writeSeed.mjs';

const repoRoot = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
);
const dataRoot = path.join(repoRoot, 'data');
const seedDir = path.join(dataRoot, 'bench-seed');
const resultsDir = path.join(dataRoot, 'bench-results');

const log = message => console.log(message);

function runId() {
  return new Date()
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .slice(0, 15);
}

function prepareSeed(options) {
  const sizes = {
    seed: options.seed,
    packages: options.packages,
    partners: options.partners,
    users: options.users,
    groups: options.groups,
    systems: options.systems,
  };
  if (options.skipSeed) {
    const manifest = readSeedManifest(seedDir);
    log(`Seed: reusing ${seedDir} (${JSON.stringify(manifest.sizes)})`);
    return manifest;
  }
  const started = performance.now();
  const manifest = writeSeed(seedDir, sizes);
  log(
    `Seed: ${manifest.files.length} files in ${seedDir} in ${(
      (performance.now() - started) /
      1000
    ).toFixed(1)} s (${JSON.stringify(manifest.expected)})`,
  );
  return manifest;
}

function plannedRuns(options, id) {
  const runs = [];
  for (const db of expandChoice(options.db, ['sqlite', 'postgres'])) {
    for (const variant of expandChoice(options.variant, [
      'community',
      'stock',
    ])) {
      const port = options.basePort + runs.length;
      const dataDir = path.join(dataRoot, `bench-run-${db}-${variant}`);
      runs.push({
        db,
        variant,
        port,
        baseUrl: `http://127.0.0.1:${port}`,
        dataDir,
        logFile: path.join(dataDir, 'backend.log'),
        postgresPrefix: `bench_${id.replace('-', '')}_${variant}_`,
      });
    }
  }
  return runs;
}

function writeResults(id, options, manifest, outcomes, summary) {
  fs.mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${id}.json`);
  const body = {
    id,
    options,
    seed: {
      sizes: manifest.sizes,
      expected: manifest.expected,
      sampleComponent: manifest.sampleComponent,
    },
    machine: {
      cpus: os.cpus().length,
      loadAverage: os.loadavg(),
      node: process.version,
    },
    outcomes,
    communityOverStock: summary,
  };
  fs.writeFileSync(file, `${JSON.stringify(body, null, 2)}\n`);
  return file;
}

async function measureDatabase(runs, options, manifest) {
  const outcomes = new Map();
  try {
    for (const run of runs) {
      const processed = await processVariant({
        run,
        options,
        manifest,
        repoRoot,
        log,
      });
      outcomes.set(run, {
        variant: run.variant,
        db: run.db,
        port: run.port,
        logFile: run.logFile,
        ...processed,
      });
    }
    const processedRuns = runs.filter(run => !outcomes.get(run).error);
    if (processedRuns.length > 0) {
      const loads = await loadVariants({
        runs: processedRuns,
        options,
        manifest,
        repoRoot,
        log,
      });
      for (const [run, load] of loads) {
        Object.assign(outcomes.get(run), load);
      }
    }
  } finally {
    for (const run of runs) {
      await cleanUpRun(run, options, log);
    }
  }
  return [...outcomes.values()];
}

async function main() {
  const options = parseCliOptions(process.argv.slice(2));
  const id = runId();
  if (options.suite === 'calendar') {
    const ok = await runCalendarSuite({ options, id, repoRoot, dataRoot, log });
    if (!ok) {
      process.exitCode = 1;
    }
    return;
  }
  if (options.suite === 'health') {
    const ok = await runHealthSuite({ options, id, repoRoot, dataRoot, log });
    if (!ok) {
      process.exitCode = 1;
    }
    return;
  }
  if (options.suite === 'support') {
    const ok = await runSupportSuite({ options, id, repoRoot, dataRoot, log });
    if (!ok) {
      process.exitCode = 1;
    }
    return;
  }
  const manifest = prepareSeed(options);
  const outcomes = [];
  for (const db of expandChoice(options.db, ['sqlite', 'postgres'])) {
    const runs = plannedRuns(options, id).filter(run => run.db === db);
    outcomes.push(...(await measureDatabase(runs, options, manifest)));
  }
  log('\n==== Results');
  for (const outcome of outcomes) {
    log(`\n${variantReport(outcome)}`);
  }
  const summary = {};
  for (const db of expandChoice(options.db, ['sqlite', 'postgres'])) {
    const community = outcomes.find(
      o => o.db === db && o.variant === 'community',
    );
    const stock = outcomes.find(o => o.db === db && o.variant === 'stock');
    const report = ratioReport(db, community, stock);
    if (report) {
      log(`\n${report}`);
      summary[db] = ratioSummary(community, stock);
    }
  }
  const file = writeResults(id, options, manifest, outcomes, summary);
  log(`\nResults written to ${path.relative(repoRoot, file)}`);
  if (outcomes.some(o => o.error)) {
    process.exitCode = 1;
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    log(`\n${signal}: stopping backends`);
    process.exit(130);
  });
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
