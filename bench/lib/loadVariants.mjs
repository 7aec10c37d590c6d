import {
  residentMemoryMb,
  stopBackend,
  waitUntilReady,
} from './backendProcess.mjs';
import { countEntities } from './catalogApi.mjs';
import { createCatalogDbProbe } from './catalogDbProbe.mjs';
import { startCpuSample } from './cpuSampler.mjs';
import { waitForDemoToken } from './demoToken.mjs';
import { benchEndpoints } from './endpoints.mjs';
import { loadEndpoint, warmUpEndpoint } from './loadEndpoint.mjs';
import { READY_TIMEOUT_MS, startRunBackend } from './processVariant.mjs';

const TOKEN_TIMEOUT_MS = 60_000;

async function endpointStatuses(baseUrl, token, endpoints) {
  const statuses = {};
  for (const endpoint of endpoints) {
    const res = await fetch(`${baseUrl}${endpoint.path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await res.arrayBuffer();
    statuses[endpoint.id] = res.status;
  }
  return statuses;
}

async function prepare(run, backend, manifest, endpoints, log) {
  await waitUntilReady(backend, run.baseUrl, READY_TIMEOUT_MS, run.logFile);
  const token = await waitForDemoToken(
    run.baseUrl,
    manifest.benchUser,
    TOKEN_TIMEOUT_MS,
  );
  const apiCounts = {
    component: await countEntities(run.baseUrl, token, 'component'),
    partner: await countEntities(run.baseUrl, token, 'partner'),
    user: await countEntities(run.baseUrl, token, 'user'),
  };
  const statuses = await endpointStatuses(run.baseUrl, token, endpoints);
  const catalogState = await createCatalogDbProbe(run).state();
  log(
    `  ${run.variant}: API counts ${JSON.stringify(
      apiCounts,
    )}, statuses ${JSON.stringify(statuses)}`,
  );
  return { token, apiCounts, statuses, catalogStateAtLoadStart: catalogState };
}

export async function loadVariants({ runs, options, manifest, repoRoot, log }) {
  const endpoints = benchEndpoints(manifest);
  const db = runs[0].db;
  log(
    `\n== load on ${db}: ${runs
      .map(r => r.variant)
      .join(' and ')} side by side, ${options.connections} connections, ${
      options.warmup
    } s warm-up + ${options.duration} s per endpoint`,
  );
  const backends = new Map(
    runs.map(run => [run, startRunBackend(run, repoRoot, options)]),
  );
  const results = new Map(runs.map(run => [run, { endpoints: [] }]));
  try {
    for (const run of runs) {
      Object.assign(
        results.get(run),
        await prepare(run, backends.get(run), manifest, endpoints, log),
      );
    }
    const pids = Object.fromEntries(
      runs.map(run => [run.variant, backends.get(run).child.pid]),
    );
    for (const [index, endpoint] of endpoints.entries()) {
      const order = index % 2 === 0 ? runs : [...runs].reverse();
      for (const run of order) {
        const target = {
          baseUrl: run.baseUrl,
          path: endpoint.path,
          token: results.get(run).token,
          connections: options.connections,
        };
        await warmUpEndpoint(target, options.warmup);
        const stopCpu = startCpuSample(pids);
        const result = await loadEndpoint(target, options.duration);
        const cpu = stopCpu();
        log(
          `  ${run.variant} ${endpoint.id}: ${result.rps} req/s, p50 ${
            result.p50
          } ms, p95 ${result.p95} ms, p99 ${result.p99} ms, non-2xx ${
            result.non2xx
          }; CPU cores: backend ${cpu.processes[run.variant]}, runner ${
            cpu.runnerCores
          }, other ${cpu.otherCores}`,
        );
        results.get(run).endpoints.push({
          id: endpoint.id,
          status: results.get(run).statuses[endpoint.id],
          ...result,
          cpu,
        });
      }
    }
    for (const run of runs) {
      results.get(run).rssAfterLoadMb = residentMemoryMb(backends.get(run));
    }
  } catch (error) {
    log(`  load FAILED: ${error.message}`);
    for (const run of runs) {
      results.get(run).error = error.message;
    }
  } finally {
    await Promise.all([...backends.values()].map(stopBackend));
  }
  for (const result of results.values()) {
    delete result.token;
  }
  return results;
}
