import {
  residentMemoryMb,
  stopBackend,
  waitUntilReady,
} from './backendProcess.mjs';
import { startCpuSample } from './cpuSampler.mjs';
import { waitForDemoToken } from './demoToken.mjs';
import { loadEndpoint, warmUpEndpoint } from './loadEndpoint.mjs';
import { READY_TIMEOUT_MS, startRunBackend } from './processVariant.mjs';
import {
  LIST_ENDPOINT,
  METRICS_ENDPOINT,
  metricsWindow,
  supportEndpoints,
} from './supportEndpoints.mjs';
import { waitForQuietBackend } from './waitForQuietBackend.mjs';

const TOKEN_TIMEOUT_MS = 60_000;
const QUIET = { maxCores: 0.3, timeoutMs: 120_000 };

/** One request before the load: its status, and what the answer holds. */
async function probe(baseUrl, path, token) {
  const res = await fetch(`${baseUrl}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await res.text();
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: res.status, bytes: Buffer.byteLength(text), body };
}

function describe(id, result) {
  if (result.status !== 200 || !result.body) {
    return `${id} ${result.status}`;
  }
  if (id === LIST_ENDPOINT) {
    return `${id} 200 (${result.body.items?.length} of ${result.body.totalCount} open)`;
  }
  if (id === METRICS_ENDPOINT) {
    const m = result.body;
    return `${id} 200 (opened ${m.opened}, closed ${m.closed}, backlog ${m.backlog}, breaches ${m.breaches})`;
  }
  return `${id} 200`;
}

/**
 * Starts the backend on the seeded support database and loads each endpoint
 * in turn with autocannon, once the backend is quiet.
 */
export async function loadSupport({ run, options, manifest, repoRoot, log }) {
  log(
    `\n== load on ${run.db}: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per endpoint, Accept-Encoding: ${options.encoding}`,
  );
  const backend = startRunBackend(run, repoRoot, options);
  const window = metricsWindow(Date.now());
  const result = {
    acceptEncoding: options.encoding,
    metricsWindow: window,
    endpoints: [],
  };
  try {
    await waitUntilReady(backend, run.baseUrl, READY_TIMEOUT_MS, run.logFile);
    const token = await waitForDemoToken(
      run.baseUrl,
      manifest.benchUser,
      TOKEN_TIMEOUT_MS,
    );
    const endpoints = supportEndpoints(manifest, window, options.seed);
    const probes = {};
    for (const endpoint of endpoints) {
      probes[endpoint.id] = await probe(run.baseUrl, endpoint.path, token);
    }
    log(
      `  first answers: ${endpoints
        .map(e => describe(e.id, probes[e.id]))
        .join('; ')}`,
    );
    result.probes = Object.fromEntries(
      Object.entries(probes).map(([id, p]) => [
        id,
        { status: p.status, bytes: p.bytes },
      ]),
    );
    const failed = Object.entries(probes).filter(([, p]) => p.status !== 200);
    if (failed.length > 0) {
      throw new Error(
        `not loading: ${failed
          .map(([id, p]) => `${id} answered ${p.status}`)
          .join(', ')}`,
      );
    }
    const settled = await waitForQuietBackend(backend.child.pid, QUIET);
    result.settled = settled;
    log(
      settled.quiet
        ? `  backend quiet (${settled.cores} cores) ${settled.seconds} s after the preparation`
        : `  backend still busy (${settled.cores} cores) after ${settled.seconds} s; loading anyway`,
    );
    const pids = { [run.variant]: backend.child.pid };
    for (const endpoint of endpoints) {
      const target = {
        baseUrl: run.baseUrl,
        path: endpoint.path,
        token,
        connections: options.connections,
        nextPath: endpoint.nextPath,
        acceptEncoding: options.encoding,
      };
      await warmUpEndpoint(target, options.warmup);
      const stopCpu = startCpuSample(pids);
      const load = await loadEndpoint(target, options.duration);
      const cpu = stopCpu();
      log(
        `  ${endpoint.id}: ${load.rps} req/s, p50 ${load.p50} ms, p95 ${
          load.p95
        } ms, p99 ${load.p99} ms, non-2xx ${load.non2xx}, errors ${
          load.errors
        }, ${
          load.responseBytes?.mean ?? '-'
        } bytes/response; CPU cores: backend ${
          cpu.processes[run.variant]
        }, runner ${cpu.runnerCores}, other ${cpu.otherCores}`,
      );
      result.endpoints.push({
        id: endpoint.id,
        status: probes[endpoint.id].status,
        ...load,
        path: endpoint.pathLabel ?? load.path,
        cpu,
      });
    }
    result.rssAfterLoadMb = residentMemoryMb(backend);
  } catch (error) {
    log(`  load FAILED: ${error.message} (see ${run.logFile})`);
    result.error = error.message;
  } finally {
    await stopBackend(backend);
  }
  return result;
}
