import {
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';

/** Where the collators' schedule is configured. */
export const SCHEDULE_CONFIG_KEY = 'search.collators.support.schedule';

/** Every 10 minutes, the first run shortly after start. */
export const DEFAULT_SCHEDULE: SchedulerServiceTaskScheduleDefinition = {
  frequency: { minutes: 10 },
  timeout: { minutes: 15 },
  initialDelay: { seconds: 30 },
};

/** The schedule of the support collators, from config or the default. */
export function readCollatorSchedule(
  config: Config,
): SchedulerServiceTaskScheduleDefinition {
  return config.has(SCHEDULE_CONFIG_KEY)
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        config.getConfig(SCHEDULE_CONFIG_KEY),
      )
    : DEFAULT_SCHEDULE;
}
