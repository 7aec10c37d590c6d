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
  };
}
