import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config, ConfigReader } from '@backstage/config';
import { JsonObject } from '@backstage/types';
import { Duration } from 'luxon';
import { resolve } from 'node:path';

/** The default scorecards file, relative to the backend's working directory. */
export const DEFAULT_SCORECARDS_FILE = '../../community/health/scorecards.yaml';

/** Community health's settings, with their defaults. */
export interface CommunityHealthSettings {
  /** Absolute path of the scorecards file. */
  scorecardsFile: string;
  /** The schedule of the full computation. */
  schedule: SchedulerServiceTaskScheduleDefinition;
  /** The schedule's timeout in milliseconds: a run without progress for this long is abandoned. */
  runTimeoutMs: number;
  /** The window counted metrics use, in days. */
  windowDays: number;
  retention: { dailyDays: number; weeklyDays: number };
}

const DEFAULT_SCHEDULE = {
  frequency: { hours: 24 },
  timeout: { minutes: 30 },
  initialDelay: { minutes: 1 },
} satisfies SchedulerServiceTaskScheduleDefinition;

function positiveInteger(config: Config, key: string, fallback: number) {
  const value = config.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(
      `communityHealth.${key} must be a positive whole number of days, got ${value}`,
    );
  }
  return value;
}

/** Reads `communityHealth.*` from the app config; relative paths are resolved against the working directory. */
export function readCommunityHealthConfig(
  config: Config,
): CommunityHealthSettings {
  const health = config.getOptionalConfig('communityHealth');
  const number = (key: string, fallback: number) =>
    health ? positiveInteger(health, key, fallback) : fallback;
  // The timeout and initial delay may be left out; the defaults fill them in.
  const schedule = health?.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        new ConfigReader({
          timeout: DEFAULT_SCHEDULE.timeout,
          initialDelay: DEFAULT_SCHEDULE.initialDelay,
          ...health.getConfig('schedule').get<JsonObject>(),
        }),
      )
    : DEFAULT_SCHEDULE;
  const retention = {
    dailyDays: number('retention.dailyDays', 90),
    weeklyDays: number('retention.weeklyDays', 730),
  };
  if (retention.weeklyDays < retention.dailyDays) {
    throw new Error(
      `communityHealth.retention.weeklyDays (${retention.weeklyDays}) must not be below dailyDays (${retention.dailyDays})`,
    );
  }
  const { timeout } = schedule;
  return {
    runTimeoutMs: (Duration.isDuration(timeout)
      ? timeout
      : Duration.fromObject(timeout)
    ).toMillis(),
    scorecardsFile: resolve(
      process.cwd(),
      health?.getOptionalString('scorecards') ?? DEFAULT_SCORECARDS_FILE,
    ),
    schedule,
    windowDays: number('windowDays', 90),
    retention,
  };
}
