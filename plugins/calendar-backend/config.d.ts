import { HumanDuration } from '@backstage/types';

export interface Config {
  /** The community calendar. */
  calendar?: {
    /** How often the calendar compares its index of Event entities with the catalog (default 30 seconds). */
    indexRefresh?: HumanDuration | string;
    /** How often the reminder scan runs (default 5 minutes). */
    reminderScan?: HumanDuration | string;
    /** When registrants are reminded before each occurrence (default a day and an hour before). */
    reminders?: Array<{ before: HumanDuration | string }>;
    publicFeed?: {
      /** Serve published events to anyone at /api/calendar/public/community.ics (default false). */
      enabled?: boolean;
    };
  };
}
