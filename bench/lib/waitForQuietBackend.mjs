import { setTimeout as sleep } from 'node:timers/promises';
import { startCpuSample } from './cpuSampler.mjs';

const WINDOW_MS = 5000;

/**
 * Waits until the backend's own CPU use over a 5-s window falls below
 * `maxCores`: after a start the catalog re-processes every entity whose
 * refresh is due and the calendar loads its index, which is not the steady
 * state the load should meet. Gives up (and says so) after `timeoutMs`.
 */
export async function waitForQuietBackend(pid, { maxCores, timeoutMs }) {
  const startedAt = performance.now();
  let cores = null;
  while (performance.now() - startedAt < timeoutMs) {
    const stop = startCpuSample({ backend: pid });
    await sleep(WINDOW_MS);
    cores = stop().processes.backend;
    if (cores !== null && cores < maxCores) {
      return {
        quiet: true,
        seconds: Number(((performance.now() - startedAt) / 1000).toFixed(1)),
        cores,
      };
    }
  }
  return { quiet: false, seconds: timeoutMs / 1000, cores };
}
