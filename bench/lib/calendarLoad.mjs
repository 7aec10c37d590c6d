import {
  residentMemoryMb,
  stopBackend,
  waitUntilReady,
} from './backendProcess.mjs';
import {
  countOccurrences,
  createTagFeed,
  inspectFeed,
} from './calendarApi.mjs';
import { calendarEndpoints, MONTH_ENDPOINT } from './calendarEndpoints.mjs';
import { INDEX_TIMEOUT_MS } from './calendarIndexFill.mjs';
import { startCpuSample } from './cpuSampler.mjs';
import { waitForDemoToken } from './demoToken.mjs';
import { loadEndpoint, warmUpEndpoint } from './loadEndpoint.mjs';
import { READY_TIMEOUT_MS, startRunBackend } from './processVariant.mjs';
import { waitForCalendarIndex } from './waitForCalendarIndex.mjs';
import { waitForQuietBackend } from './waitForQuietBackend.mjs';

const TOKEN_TIMEOUT_MS = 60_000;
const QUIET = { maxCores: 0.3, timeoutMs: 120_000 };

// fetch asks for compressed answers and unpacks them: bodyBytes is the size
// of the body itself; the bytes on the wire are measured by the load.
async function firstStatus(baseUrl, endpoint, token) {
  const res = await fetch(`${baseUrl}${endpoint.path}`, {
    headers: endpoint.anonymous ? {} : { authorization: `Bearer ${token}` },
  });
  const body = await res.arrayBuffer();
  return {
    status: res.status,
    contentEncoding: res.headers.get('content-encoding'),
    bodyBytes: body.byteLength,
  };
}

async function prepare(run, backend, manifest, log) {
  await waitUntilReady(backend, run.baseUrl, READY_TIMEOUT_MS, run.logFile);
  const token = await waitForDemoToken(
    run.baseUrl,
    manifest.benchUser,
    TOKEN_TIMEOUT_MS,
  );
  const restarted = await waitForCalendarIndex({
    baseUrl: run.baseUrl,
    token,
    expected: manifest.expected.event,
    timeoutMs: INDEX_TIMEOUT_MS,
    log,
  });
  const subscription = await createTagFeed(
    run.baseUrl,
    token,
    manifest.feedTag,
  );
  const feed = await inspectFeed(subscription.url);
  const endpoints = calendarEndpoints(new URL(subscription.url).pathname);
  const month = await countOccurrences(
    run.baseUrl,
    token,
    endpoints.find(e => e.id === MONTH_ENDPOINT).path,
  );
  const probes = {};
  for (const endpoint of endpoints) {
    probes[endpoint.id] = await firstStatus(run.baseUrl, endpoint, token);
  }
  log(
    `  index served ${restarted.seconds} s after ready; feed of #${
      manifest.feedTag
    }: ${feed.vevents} events, ${feed.bytes} bytes; March: ${
      month.events
    } events, ${month.occurrences} occurrences, ${
      month.bytes
    } bytes; statuses ${JSON.stringify(
      Object.fromEntries(
        Object.entries(probes).map(([id, p]) => [id, p.status]),
      ),
    )}`,
  );
  return {
    token,
    endpoints,
    prepared: {
      indexAfterRestartSeconds: restarted.seconds,
      feed: { ...feed, tokenId: subscription.token?.id },
      month,
      probes,
    },
  };
}

/**
 * Starts the backend again on the processed catalog and its filled index,
 * subscribes the bench user to the feed tag, and loads each endpoint in
 * turn with autocannon.
 */
export async function loadCalendar({ run, options, manifest, repoRoot, log }) {
  log(
    `\n== load on ${run.db}: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per endpoint, Accept-Encoding: ${options.encoding}`,
  );
  const backend = startRunBackend(run, repoRoot, options);
  const result = { acceptEncoding: options.encoding, endpoints: [] };
  try {
    const { token, endpoints, prepared } = await prepare(
      run,
      backend,
      manifest,
      log,
    );
    Object.assign(result, prepared);
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
        token: endpoint.anonymous ? null : token,
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
        status: prepared.probes[endpoint.id].status,
        ...load,
        // the rotation in words; the secret of the feed stays out of the results
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
