import path from 'node:path';
import { measureIndexFill } from './calendarIndexFill.mjs';
import { loadCalendar } from './calendarLoad.mjs';
import { cleanUpRun } from './cleanUpRun.mjs';
import { processVariant } from './processVariant.mjs';
import { writeRunConfig } from './runConfig.mjs';

// While the catalog fills, the calendar compares its index every 3 s instead
// of 30 s, so that the fill time measures the index, not the schedule.
const PROCESSING_CONFIG = { calendar: { indexRefresh: { seconds: 3 } } };

/** The one backend (community) of the calendar suite on one database. */
export function calendarRun({ db, index, options, id, dataRoot }) {
  const port = options.basePort + index;
  const dataDir = path.join(dataRoot, `bench-run-${db}-calendar`);
  return {
    db,
    variant: 'community',
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    logFile: path.join(dataDir, 'backend.log'),
    postgresPrefix: `bench_${id.replace('-', '')}_calendar_`,
  };
}

/**
 * Processing and index fill on a fresh database, then load on a restarted
 * backend whose index refresh is back at the app config's (30 s), so that the
 * measurements do not carry a full index comparison every 3 s.
 */
export async function measureCalendarDatabase({
  run,
  options,
  manifest,
  repoRoot,
  log,
}) {
  const outcome = {
    suite: 'calendar',
    db: run.db,
    variant: run.variant,
    port: run.port,
    logFile: run.logFile,
  };
  try {
    Object.assign(
      outcome,
      await processVariant({
        run,
        options,
        manifest,
        repoRoot,
        log,
        extraConfig: PROCESSING_CONFIG,
        whileRunning: (backend, processing) =>
          measureIndexFill({ run, backend, processing, manifest, log }),
      }),
    );
    if (!outcome.error) {
      writeRunConfig({ ...run, seedLocation: manifest.rootLocation }, options);
      Object.assign(
        outcome,
        await loadCalendar({ run, options, manifest, repoRoot, log }),
      );
    }
  } catch (error) {
    outcome.error = error.message;
  } finally {
    await cleanUpRun(run, options, log);
  }
  return outcome;
}
