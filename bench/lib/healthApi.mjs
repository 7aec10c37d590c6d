import { setTimeout as sleep } from 'node:timers/promises';

const BASE = '/api/community-health';

async function failure(res, what) {
  return new Error(
    `${what}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`,
  );
}

async function call(baseUrl, token, method, path) {
  return fetch(`${baseUrl}${BASE}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}` },
  });
}

/** Fails unless the backend serves community health (the plugin is installed). */
export async function checkHealthPlugin(baseUrl, token) {
  const res = await call(baseUrl, token, 'GET', '/scorecards');
  if (!res.ok) {
    throw new Error(
      `${await failure(
        res,
        `GET ${BASE}/scorecards`,
      )} - is the community-health backend plugin in packages/backend?`,
    );
  }
  const { items } = await res.json();
  const pkg = items.find(s => s.target === 'package');
  return {
    scorecards: items.length,
    packageChecks: pkg?.checks.length ?? 0,
  };
}

/**
 * Starts a full computation (`POST /runs`) and asks for `/runs/latest` every
 * `pollMs` until it is no longer running. The time is from the request to
 * the first answer that shows the run finished.
 */
export async function timeFullRun({ baseUrl, token, pollMs = 250, timeoutMs }) {
  const started = performance.now();
  const res = await call(baseUrl, token, 'POST', '/runs');
  if (res.status !== 202) {
    throw await failure(res, `POST ${BASE}/runs`);
  }
  const requested = await res.json();
  const deadline = started + timeoutMs;
  let polls = 0;
  while (performance.now() < deadline) {
    await sleep(pollMs);
    polls += 1;
    let latest;
    try {
      latest = await call(baseUrl, token, 'GET', '/runs/latest');
    } catch (error) {
      // On SQLite a run's writes hold the backend's event loop for a while;
      // a poll on a connection the backend closed meanwhile is retried.
      if (performance.now() + pollMs >= deadline) throw error;
      continue;
    }
    if (!latest.ok) {
      throw await failure(latest, `GET ${BASE}/runs/latest`);
    }
    const run = await latest.json();
    if (run.id === requested.id && run.status !== 'running') {
      const seconds = (performance.now() - started) / 1000;
      return {
        runId: run.id,
        status: run.status,
        error: run.error,
        total: run.total,
        done: run.done,
        polls,
        seconds: Number(seconds.toFixed(2)),
        // As the run itself recorded it (from claimed to finished)
        runSeconds: Number(
          (
            (Date.parse(run.finishedAt) - Date.parse(run.startedAt)) /
            1000
          ).toFixed(2),
        ),
      };
    }
  }
  throw new Error(
    `Run ${requested.id} not finished after ${timeoutMs / 1000} s`,
  );
}

/** Recomputes each entity in turn; returns the latency of each call in ms. */
export async function timeRecomputes({ baseUrl, token, entityRefs }) {
  const latencies = [];
  for (const ref of entityRefs) {
    const [kind, rest] = ref.split(':');
    const [namespace, name] = rest.split('/');
    const started = performance.now();
    const res = await call(
      baseUrl,
      token,
      'POST',
      `/entities/${kind}/${namespace}/${name}/recompute`,
    );
    if (!res.ok) {
      throw await failure(res, `POST recompute of ${ref}`);
    }
    await res.json();
    latencies.push(performance.now() - started);
  }
  return latencies;
}
