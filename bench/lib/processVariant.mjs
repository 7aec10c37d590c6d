import fs from 'node:fs';
import path from 'node:path';
import {
  startBackend,
  stopBackend,
  waitUntilReady,
  residentMemoryMb,
} from './backendProcess.mjs';
import { createCatalogDbProbe } from './catalogDbProbe.mjs';
import { dropDatabasesWithPrefix } from './postgresDatabases.mjs';
import { writeRunConfig } from './runConfig.mjs';
import { waitForProcessing } from './waitForProcessing.mjs';

export const READY_TIMEOUT_MS = 300_000;

export function backendEntry(repoRoot, variant) {
  return variant === 'stock'
    ? path.join(repoRoot, 'bench', 'stockBackend.ts')
    : path.join(repoRoot, 'packages', 'backend', 'src', 'index.ts');
}

export function startRunBackend(run, repoRoot, options) {
  return startBackend({
    repoRoot,
    entry: backendEntry(repoRoot, run.variant),
    configFiles: [path.join(repoRoot, 'app-config.yaml'), run.configFile],
    logFile: run.logFile,
    logLevel: options.logLevel,
  });
}

function expectedFor(variant, manifest) {
  const { component, user, event } = manifest.expected;
  return {
    component,
    user,
    event,
    partner: variant === 'stock' ? 0 : manifest.expected.partner,
  };
}

async function measure(run, backend, options, manifest, log) {
  const readyAt = await waitUntilReady(
    backend,
    run.baseUrl,
    READY_TIMEOUT_MS,
    run.logFile,
  );
  const startupSeconds = (readyAt - backend.startedAt) / 1000;
  log(`  ready after ${startupSeconds.toFixed(1)} s; waiting for the catalog`);
  const probe = createCatalogDbProbe(run);
  const done = await waitForProcessing({
    probe,
    expected: expectedFor(run.variant, manifest),
    startedAt: backend.startedAt,
    timeoutMs: options.processingTimeout * 1000,
    log,
  });
  const sinceReady = (done.doneAt - readyAt) / 1000;
  const entities = done.state.final_entities;
  return {
    startupSeconds: Number(startupSeconds.toFixed(1)),
    secondsSinceStart: Number(
      ((done.doneAt - backend.startedAt) / 1000).toFixed(1),
    ),
    secondsSinceReady: Number(sinceReady.toFixed(1)),
    firstComponentSeconds:
      done.firstComponentAt === null
        ? null
        : Number(done.firstComponentAt.toFixed(1)),
    entities,
    entitiesPerSecond: Number((entities / sinceReady).toFixed(1)),
    refreshStateRows: done.state.refresh_rows,
    entitiesWithErrors: done.state.with_errors,
    errorSample: await probe.errorSample(),
    finalState: done.state,
    rssMb: residentMemoryMb(backend),
    timeline: done.timeline.filter((_, i) => i % 5 === 0),
  };
}

export async function processVariant({
  run,
  options,
  manifest,
  repoRoot,
  log,
  extraConfig,
  whileRunning,
}) {
  fs.rmSync(run.dataDir, { recursive: true, force: true });
  fs.mkdirSync(run.dataDir, { recursive: true });
  if (run.db === 'postgres') {
    await dropDatabasesWithPrefix(run.postgresPrefix);
  }
  run.configFile = writeRunConfig(
    { ...run, seedLocation: manifest.rootLocation },
    options,
    extraConfig,
  );
  log(
    `\n== processing: ${run.variant} on ${run.db}, port ${run.port}, log ${run.logFile}`,
  );
  const backend = startRunBackend(run, repoRoot, options);
  let processing;
  try {
    processing = await measure(run, backend, options, manifest, log);
    log(
      `  catalog done: ${processing.entities} entities ${processing.secondsSinceReady} s after ready (${processing.entitiesPerSecond}/s), ${processing.secondsSinceStart} s after start, ${processing.entitiesWithErrors} with errors`,
    );
    // Further measurements on the processed catalog before the backend stops
    const more = whileRunning ? await whileRunning(backend, processing) : {};
    return { processing, ...more };
  } catch (error) {
    log(`  FAILED: ${error.message} (see ${run.logFile})`);
    return { ...(processing ? { processing } : {}), error: error.message };
  } finally {
    await stopBackend(backend);
  }
}
