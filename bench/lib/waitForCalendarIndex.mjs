import { setTimeout as sleep } from 'node:timers/promises';
import { countOccurrences } from './calendarApi.mjs';
import { YEAR_PATH } from './calendarEndpoints.mjs';

const POLL_MS = 1000;
const PROGRESS_EVERY_MS = 15000;

/**
 * Asks for every occurrence of the benchmark year until the answer names
 * `expected` distinct events; returns when that was first seen (the index
 * is refreshed on a schedule, so the count jumps rather than grows).
 */
export async function waitForCalendarIndex({
  baseUrl,
  token,
  expected,
  timeoutMs,
  log,
}) {
  const startedAt = performance.now();
  const deadline = startedAt + timeoutMs;
  const timeline = [];
  let lastProgress = startedAt;
  let last = null;
  let lastError = null;
  while (performance.now() < deadline) {
    try {
      last = await countOccurrences(baseUrl, token, YEAR_PATH);
      lastError = null;
    } catch (error) {
      lastError = error.message;
    }
    const now = performance.now();
    const seconds = Number(((now - startedAt) / 1000).toFixed(1));
    if (last && timeline.at(-1)?.events !== last.events) {
      timeline.push({ seconds, events: last.events });
    }
    if (last && last.events >= expected) {
      return { seconds, doneAt: now, year: last, timeline };
    }
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      log(
        `  ${seconds.toFixed(0)} s: calendar shows ${
          last?.events ?? '-'
        } of ${expected} events${
          lastError ? ` (last answer: ${lastError})` : ''
        }`,
      );
    }
    await sleep(POLL_MS);
  }
  throw new Error(
    `Calendar index not complete within ${timeoutMs / 1000} s: ${
      last?.events ?? 0
    } of ${expected} events${lastError ? `; last answer ${lastError}` : ''}`,
  );
}
