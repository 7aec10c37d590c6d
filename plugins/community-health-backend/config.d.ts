import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Community health: scorecards, metrics, snapshots and roll-ups. */
  communityHealth?: {
    /**
     * The scorecards file (YAML), relative to the backend's working directory
     * (default `../../community/health/scorecards.yaml`).
     */
    scorecards?: string;
    /**
     * When the full computation runs; one run across all replicas (default
     * every 24 hours, a minute after start, with a 30-minute timeout).
     */
    schedule?: {
      /** How often: a duration (`{ hours: 24 }`, `P1D`) or `{ cron: '0 3 * * *' }`. */
      frequency: HumanDuration | string | { cron: string };
      /** How long one run may take before another may start (default 30 minutes). */
      timeout?: HumanDuration | string;
      /** How long after start a backend first runs it (default 1 minute). */
      initialDelay?: HumanDuration | string;
    };
    /** The window counted metrics use, in days (default 90). */
    windowDays?: number;
    /** How long snapshots are kept. */
    retention?: {
      /** Every daily snapshot younger than this many days is kept (default 90). */
      dailyDays?: number;
      /**
       * Up to this age one snapshot per ISO week is kept (default 730); older
       * ones are thinned to one per month.
       */
      weeklyDays?: number;
    };
    /** The git repositories contribution metrics are read from. */
    repositories?: {
      /**
       * One repository per package, named like the Component; relative to
       * the backend's working directory (default `../../data/repositories`).
       */
      directory?: string;
      /** Create the demo packages' repositories at start when missing (default false). */
      demo?: boolean;
      /**
       * Clone each package's `communityhub.dev/repository` URL into the
       * directory and fetch it before reading (default false).
       */
      clone?: boolean;
    };
  };
}
