import autocannon from 'autocannon';
import { latencyPercentiles } from './latencyPercentiles.mjs';

function runAutocannon(options, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (onLatency) {
      instance.on('response', (_client, _status, _bytes, responseTimeMs) =>
        onLatency(responseTimeMs),
      );
    }
  });
}

function autocannonOptions({ baseUrl, path, token, connections }) {
  return {
    url: `${baseUrl}${path}`,
    connections,
    headers: { authorization: `Bearer ${token}` },
    timeout: 10,
  };
}

export async function warmUpEndpoint(target, seconds) {
  if (seconds > 0) {
    await runAutocannon({ ...autocannonOptions(target), duration: seconds });
  }
}

export async function loadEndpoint(target, duration) {
  const { path } = target;
  const options = autocannonOptions(target);
  const latencies = [];
  const result = await runAutocannon({ ...options, duration }, ms =>
    latencies.push(ms),
  );
  const completed = result.latency.totalCount;
  return {
    path,
    seconds: result.duration,
    requests: completed,
    rps: Number((completed / result.duration).toFixed(1)),
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...latencyPercentiles(latencies),
    autocannon: {
      averageRps: result.requests.average,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
    },
  };
}
