import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Community support: queues, questions and answers, response guidelines. */
  support?: {
    /**
     * The directory holding `queues.yaml` and `response-guidelines.yaml`,
     * relative to the backend's working directory
     * (default `../../community/support`).
     */
    content?: string;
    /**
     * Entity refs of bot users. Their replies never count as a first
     * response (default none).
     */
    bots?: string[];
    /** How often breached due times are marked and reported (default 1 minute). */
    breachScan?: HumanDuration | string;
    /**
     * The most characters a question or answer body may have (default 20000).
     */
    maxBodyLength?: number;
    /** Demo content for development. */
    demo?: {
      /**
       * Fill an empty support desk with about forty demo questions, answers,
       * votes and FAQ entries of the community's people at start, so that
       * lists, breaches and metrics have something to show (default false).
       * Nothing is added when any question exists, and never when
       * `auth.environment` is `production`.
       */
      seed?: boolean;
    };
  };
}
