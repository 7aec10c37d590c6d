import path from 'node:path';
import { cleanUpRun } from './cleanUpRun.mjs';
import { waitForDemoToken } from './demoToken.mjs';
import {
  checkHealthPlugin,
  timeFullRun,
  timeRecomputes,
} from './healthApi.mjs';
import { createHealthStorage } from './healthStorage.mjs';
import { latencyPercentiles } from './latencyPercentiles.mjs';
import { processVariant } from './processVariant.mjs';
import { pad } from './seedEntities.mjs';
import { waitForQuietBackend } from './waitForQuietBackend.mjs';

const TOKEN_TIMEOUT_MS = 60_000;
// As in the calendar suite: measure once the backend's own work (the catalog
// re-processing what is due, the calendar index) has settled.
const QUIET = { maxCores: 0.3, timeoutMs: 120_000 };
const RUN_TIMEOUT_MS = 900_000;

/** The bench user's group manages the community, so it may start runs and recompute anything. */
export const BENCH_MANAGERS = ['group:default/bench-group-01'];

// The scheduled computation waits 12 hours, so that only the measured runs happen.
const HEALTH_CONFIG = {
  communityHealth: {
    schedule: { frequency: { hours: 24 }, initialDelay: { hours: 12 } },
    repositories: { demo: false },
  },
  communityHub: { roles: { communityManagers: BENCH_MANAGERS } },
};

/** The one backend (community) of the health suite on one database. */
export function healthRun({ db, index, options, id, dataRoot }) {
  const port = options.basePort + index;
  const dataDir = path.join(dataRoot, `bench-run-${db}-health`);
  return {
    db,
    variant: 'community',
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    logFile: path.join(dataDir, 'backend.log'),
    postgresPrefix: `bench_${id.replace('-', '')}_health_`,
  };
}

/** Packages spread over the seeded catalog: bench-pkg-00001, -00501, -01001, ... */
function recomputeTargets(manifest, count) {
  const packages = manifest.expected.component;
  const step = Math.max(1, Math.floor(packages / count));
  return Array.from(
    { length: Math.min(count, packages) },
    (_, i) => `component:default/bench-pkg-${pad(1 + i * step, 5)}`,
  );
}

const mib = bytes => Number((bytes / 1024 / 1024).toFixed(1));

async function settle(backend, log) {
  const settled = await waitForQuietBackend(backend.child.pid, QUIET);
  log(
    settled.quiet
      ? `  backend quiet (${settled.cores} cores) after ${settled.seconds} s`
      : `  backend still busy (${settled.cores} cores) after ${settled.seconds} s; measuring anyway`,
  );
  return settled;
}

/** The measurements on the backend that just processed the seeded catalog. */
async function measureHealth({
  run,
  backend,
  processing,
  manifest,
  options,
  log,
}) {
  const state = processing.finalState;
  if (state.components !== manifest.expected.component) {
    throw new Error(
      `${state.components} of ${manifest.expected.component} packages in the catalog`,
    );
  }
  const token = await waitForDemoToken(
    run.baseUrl,
    manifest.benchUser,
    TOKEN_TIMEOUT_MS,
  );
  const plugin = await checkHealthPlugin(run.baseUrl, token);
  log(
    `  community health: ${plugin.scorecards} scorecards, ${plugin.packageChecks} package checks`,
  );

  const settledBeforeRun = await settle(backend, log);
  const fullRun = await timeFullRun({
    baseUrl: run.baseUrl,
    token,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  log(
    `  full computation: ${fullRun.status}, ${fullRun.done}/${fullRun.total} entities, ${fullRun.seconds} s from the request (${fullRun.runSeconds} s recorded by the run)`,
  );
  if (fullRun.status !== 'succeeded') {
    throw new Error(`The full computation failed: ${fullRun.error}`);
  }

  const targets = recomputeTargets(manifest, options.recomputes);
  const settledBeforeRecompute = await settle(backend, log);
  const latencies = await timeRecomputes({
    baseUrl: run.baseUrl,
    token,
    entityRefs: targets,
  });
  const recompute = {
    calls: latencies.length,
    ...latencyPercentiles(latencies, [50, 95]),
    maxMs: Number(Math.max(...latencies).toFixed(2)),
    firstMs: Number(latencies[0].toFixed(2)),
    latenciesMs: latencies.map(ms => Math.round(ms)),
    settled: settledBeforeRecompute,
  };
  log(
    `  recompute of one package, ${recompute.calls} calls: p50 ${recompute.p50} ms, p95 ${recompute.p95} ms, max ${recompute.maxMs} ms`,
  );

  const storage = createHealthStorage(run);
  const entities = manifest.expected.component;
  const afterRun = await storage.measure();
  const startedInsert = performance.now();
  const inserted = await storage.insertYear({
    entities,
    days: options.historyDays,
  });
  const insertSeconds = (performance.now() - startedInsert) / 1000;
  const afterInsert = await storage.measure();
  log(
    `  history: ${inserted} daily snapshots inserted (${entities} packages x ${
      options.historyDays
    } days) in ${insertSeconds.toFixed(1)} s; the table holds ${
      afterInsert.rows
    } rows, ${mib(afterInsert.bytes)} MiB`,
  );

  await settle(backend, log);
  const withHistory = await timeFullRun({
    baseUrl: run.baseUrl,
    token,
    timeoutMs: RUN_TIMEOUT_MS,
  });
  const afterPrune = await storage.measure();
  await storage.compact();
  const compacted = await storage.measure();
  log(
    `  full computation with the history (retention prune included): ${
      withHistory.seconds
    } s; after the prune ${afterPrune.rows} rows, ${mib(
      afterPrune.bytes,
    )} MiB, compacted ${mib(compacted.bytes)} MiB`,
  );

  return {
    plugin,
    fullRun: { ...fullRun, settled: settledBeforeRun },
    recompute: { ...recompute, entityRefs: targets },
    history: {
      entities,
      days: options.historyDays,
      inserted,
      insertSeconds: Number(insertSeconds.toFixed(1)),
      afterRun,
      afterInsert,
      fullRunWithHistory: withHistory,
      afterPrune,
      compacted,
    },
  };
}

/** Processing of the seeded catalog on a fresh database, then the health measurements. */
export async function measureHealthDatabase({
  run,
  options,
  manifest,
  repoRoot,
  log,
}) {
  const outcome = {
    suite: 'health',
    db: run.db,
    variant: run.variant,
    port: run.port,
    logFile: run.logFile,
  };
  try {
    Object.assign(
      outcome,
      await processVariant({
        run,
        options,
        manifest,
        repoRoot,
        log,
        extraConfig: HEALTH_CONFIG,
        whileRunning: (backend, processing) =>
          measureHealth({ run, backend, processing, manifest, options, log }),
      }),
    );
  } catch (error) {
    outcome.error = error.message;
  } finally {
    await cleanUpRun(run, options, log);
  }
  return outcome;
}
