import { Config, readDurationFromConfig } from '@backstage/config';
import { HumanDuration } from '@backstage/types';

/** The calendar's settings, with their defaults. */
export interface CalendarSettings {
  /** How often the index is compared with the catalog. */
  indexRefresh: HumanDuration;
  /** How long before each occurrence registrants are reminded, e.g. a day and an hour. */
  reminders: HumanDuration[];
  /** How often the reminder scan runs. */
  reminderScan: HumanDuration;
  /** Whether `/api/calendar/public/community.ics` serves published events to anyone. */
  publicFeed: boolean;
}

/** Reads `calendar.*` from the app config. */
export function readCalendarConfig(config: Config): CalendarSettings {
  const calendar = config.getOptionalConfig('calendar');
  const duration = (key: string, fallback: HumanDuration) =>
    calendar?.has(key) ? readDurationFromConfig(calendar, { key }) : fallback;
  return {
    indexRefresh: duration('indexRefresh', { seconds: 30 }),
    reminderScan: duration('reminderScan', { minutes: 5 }),
    reminders: calendar?.has('reminders')
      ? calendar
          .getConfigArray('reminders')
          .map(c => readDurationFromConfig(c, { key: 'before' }))
      : [{ days: 1 }, { hours: 1 }],
    publicFeed: calendar?.getOptionalBoolean('publicFeed.enabled') ?? false,
  };
}
