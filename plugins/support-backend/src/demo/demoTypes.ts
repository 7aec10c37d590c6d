import type {
  CloseReason,
  SupportPriority,
} from '@community-hub/plugin-support-common';

/**
 * When something happens in a demo question's story, in hours: after the
 * question was asked (`hours`), after its first-response due time
 * (`lateBy`, for late responses), or after the previous event (`after`).
 */
export type DemoTime =
  | { hours: number }
  | { lateBy: number }
  | { after: number };

/** An answer or comment of a demo question. */
export interface DemoReply {
  /** The user's name in the catalog (`mei.tanaka`). */
  by: string;
  /** A comment instead of an answer. */
  comment?: boolean;
  /** For a comment on an answer: the index of that reply. */
  on?: number;
  at: DemoTime;
  /** Markdown; `{{key}}` becomes the link of the demo question `key`. */
  body: string;
  /** Names of the people who up-voted this reply. */
  voters?: string[];
}

/** What finally happens to a demo question after its replies. */
export type DemoOutcome =
  | { status: 'resolved'; at: DemoTime }
  | {
      status: 'closed';
      reason: Exclude<CloseReason, 'duplicate'>;
      by: string;
      at: DemoTime;
    }
  | {
      status: 'closed';
      reason: 'duplicate';
      /** The key of the original, listed before this question. */
      of: string;
      by: string;
      at: DemoTime;
    };

/** One question of the demo support desk and its story. */
export interface DemoQuestion {
  /** Names the question for links and duplicates. */
  key: string;
  queueId: string;
  /** The asker's name in the catalog. */
  author: string;
  /** How long before `now` it was asked, in days. */
  daysAgo: number;
  /** Default `normal`. */
  priority?: SupportPriority;
  title: string;
  body: string;
  tags: string[];
  replies?: DemoReply[];
  /** Names of the people who up-voted the question. */
  voters?: string[];
  /** The reply the author accepted. */
  accept?: { reply: number; at: DemoTime };
  outcome?: DemoOutcome;
  /** The accepted answer promoted to the FAQ by a team member. */
  faq?: { by: string; title?: string; at: DemoTime };
}
