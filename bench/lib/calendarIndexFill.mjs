import { waitForDemoToken } from './demoToken.mjs';
import { waitForCalendarIndex } from './waitForCalendarIndex.mjs';

const TOKEN_TIMEOUT_MS = 60_000;
export const INDEX_TIMEOUT_MS = 300_000;

/** Fails unless the catalog holds every seeded entity and rejected none. */
export function checkCatalogCounts(processing, expected) {
  const state = processing.finalState;
  const problems = [];
  if (state.events !== expected.event) {
    problems.push(`${state.events} of ${expected.event} events in the catalog`);
  }
  if (state.users < expected.user) {
    problems.push(`${state.users} of ${expected.user} users in the catalog`);
  }
  if (processing.entitiesWithErrors > 0) {
    problems.push(`${processing.entitiesWithErrors} entities with errors`);
  }
  if (problems.length > 0) {
    const sample = processing.errorSample
      ? `; first: ${processing.errorSample.entity_ref} ${String(
          processing.errorSample.errors,
        ).slice(0, 400)}`
      : '';
    throw new Error(`Seed not fully accepted: ${problems.join(', ')}${sample}`);
  }
}

/**
 * Runs on the backend that just processed the catalog: checks the counts,
 * then times until the calendar's range query shows every seeded event.
 */
export async function measureIndexFill({
  run,
  backend,
  processing,
  manifest,
  log,
}) {
  const startedAt = performance.now();
  checkCatalogCounts(processing, manifest.expected);
  const token = await waitForDemoToken(
    run.baseUrl,
    manifest.benchUser,
    TOKEN_TIMEOUT_MS,
  );
  log(
    `  catalog holds all ${manifest.expected.event} events; waiting for the calendar index`,
  );
  const filled = await waitForCalendarIndex({
    baseUrl: run.baseUrl,
    token,
    expected: manifest.expected.event,
    timeoutMs: INDEX_TIMEOUT_MS,
    log,
  });
  const index = {
    secondsAfterProcessing: Number(
      ((filled.doneAt - startedAt) / 1000).toFixed(1),
    ),
    secondsSinceStart: Number(
      ((filled.doneAt - backend.startedAt) / 1000).toFixed(1),
    ),
    events: filled.year.events,
    yearOccurrences: filled.year.occurrences,
    yearResponseBytes: filled.year.bytes,
    timeline: filled.timeline,
  };
  log(
    `  calendar index complete ${index.secondsAfterProcessing} s after the catalog (${index.secondsSinceStart} s after start): ${index.events} events, ${index.yearOccurrences} occurrences in 2027`,
  );
  return { index };
}
