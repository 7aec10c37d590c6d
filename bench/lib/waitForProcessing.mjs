import { setTimeout as sleep } from 'node:timers/promises';

const POLL_MS = 1000;
const PROGRESS_EVERY_MS = 15000;

function isDone(state, expected) {
  return (
    state !== null &&
    state.refresh_rows > 0 &&
    state.unprocessed === 0 &&
    state.stitch_pending === 0 &&
    state.components >= expected.component &&
    state.partners >= expected.partner &&
    state.users >= expected.user &&
    // Events rejected by validation keep an error and never reach final_entities.
    state.events + state.with_errors >= (expected.event ?? 0)
  );
}

export async function waitForProcessing({
  probe,
  expected,
  startedAt,
  timeoutMs,
  log,
}) {
  const deadline = startedAt + timeoutMs;
  const timeline = [];
  let lastProgress = 0;
  let firstComponentAt = null;
  let candidate = null;
  while (performance.now() < deadline) {
    const state = await probe.state();
    const now = performance.now();
    const seconds = (now - startedAt) / 1000;
    if (state) {
      timeline.push({ seconds: Number(seconds.toFixed(1)), ...state });
      if (firstComponentAt === null && state.components > 0) {
        firstComponentAt = seconds;
      }
    }
    if (isDone(state, expected)) {
      if (candidate) {
        return {
          doneAt: candidate.at,
          state: candidate.state,
          firstComponentAt,
          timeline,
        };
      }
      candidate = { at: now, state };
    } else {
      candidate = null;
    }
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      log(
        state
          ? `  ${seconds.toFixed(0)} s: ${state.final_entities} stitched (${
              state.components
            } components, ${state.partners} partners, ${state.users} users${
              expected.event ? `, ${state.events} events` : ''
            }), ${state.unprocessed} unprocessed, ${
              state.stitch_pending
            } waiting to stitch`
          : `  ${seconds.toFixed(0)} s: catalog tables not there yet`,
      );
    }
    await sleep(POLL_MS);
  }
  const error = new Error(
    `Catalog processing not done within ${timeoutMs / 1000} s`,
  );
  error.timeline = timeline;
  throw error;
}
