import autocannon from 'autocannon';
import { latencyPercentiles } from './latencyPercentiles.mjs';

function runAutocannon(options, onLatency) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error, result) =>
      error ? reject(error) : resolve(result),
    );
    if (onLatency) {
      instance.on('response', (_client, _status, bytes, responseTimeMs) =>
        onLatency(responseTimeMs, bytes),
      );
    }
  });
}

// `token: null` sends no credentials; `nextPath()`, when given, names the
// path of every request (one shared rotation across all connections);
// `acceptEncoding` asks for compressed answers (autocannon counts the bytes
// on the wire and does not decompress).
function autocannonOptions({
  baseUrl,
  path,
  token,
  connections,
  nextPath,
  acceptEncoding,
}) {
  return {
    url: `${baseUrl}${path}`,
    connections,
    headers: {
      ...(token === null ? {} : { authorization: `Bearer ${token}` }),
      ...(acceptEncoding ? { 'accept-encoding': acceptEncoding } : {}),
    },
    timeout: 10,
    ...(nextPath
      ? { requests: [{ setupRequest: req => ({ ...req, path: nextPath() }) }] }
      : {}),
  };
}

function byteStats(sizes) {
  if (sizes.length === 0) {
    return null;
  }
  let total = 0;
  let min = Infinity;
  let max = 0;
  for (const size of sizes) {
    total += size;
    min = Math.min(min, size);
    max = Math.max(max, size);
  }
  return { mean: Math.round(total / sizes.length), min, max };
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
  const sizes = [];
  const result = await runAutocannon({ ...options, duration }, (ms, bytes) => {
    latencies.push(ms);
    sizes.push(bytes);
  });
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
    // bytes read per response, headers included
    responseBytes: byteStats(sizes),
    autocannon: {
      averageRps: result.requests.average,
      p50: result.latency.p50,
      p97_5: result.latency.p97_5,
      p99: result.latency.p99,
    },
  };
}
