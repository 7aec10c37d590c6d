/**
 * A published definition of a support metric. A changed formula gets a new
 * version; responses name the version that produced each value.
 *
 * Windows include their start and exclude their end. Where a definition
 * depends on a question's history, it is judged from the question's current
 * record: its first response time and the last time it left the open status
 * (a reopen clears the latter).
 *
 * @public
 */
export interface SupportMetricDefinition {
  id: string;
  version: string;
  title: string;
  unit: 'hours' | 'share' | 'count';
  definition: string;
  /** Where the definition follows a published one (CHAOSS). */
  reference?: string;
}

/** @public */
export const supportMetricDefinitions: readonly SupportMetricDefinition[] = [
  {
    id: 'support.time-to-first-response',
    version: '1',
    title: 'Time to first response',
    unit: 'hours',
    definition:
      'For each question created in the window that got its first response before the end of the window: the time from creation to that first response, the first answer or comment by someone other than its author. Replies by bots and service accounts do not count. Median and 90th percentile over those questions, in calendar hours, by linear interpolation between the closest ranks. Questions without a response by the end of the window are not included; they show in the backlog and breaches instead.',
    reference: 'https://chaoss.community/kb/metric-time-to-first-response/',
  },
  {
    id: 'support.resolution-duration',
    version: '1',
    title: 'Resolution duration',
    unit: 'hours',
    definition:
      'For each question that last left the open status (for answered, resolved or closed) in the window: the time from its creation to that moment. A reopened question counts only when it leaves open again, in the window where that happens; a question that is open now does not count. Median and 90th percentile, in calendar hours, by linear interpolation between the closest ranks.',
    reference: 'https://chaoss.community/kb/metric-issue-resolution-duration/',
  },
  {
    id: 'support.first-response-within-target',
    version: '1',
    title: 'First responses within target',
    unit: 'share',
    definition:
      "Of the questions whose first-response due time fell in the window, the share that got their first response at or before it. The due time comes from the response guideline of the question's queue and priority. Questions that left the open status by the due time without a response are left out.",
  },
  {
    id: 'support.backlog',
    version: '1',
    title: 'Open backlog',
    unit: 'count',
    definition:
      'Questions created before the end of the window that were still open at its end: open now, or last left the open status at or after the end of the window.',
    reference: 'https://chaoss.community/kb/metric-issues-active/',
  },
  {
    id: 'support.breaches',
    version: '1',
    title: 'Breaches',
    unit: 'count',
    definition:
      'First-response and resolution due times that fell in the window while the question was open without the response or the resolution: a first-response due time counts when the question had neither a first response nor left the open status by then, a resolution due time when it had not left the open status by then. Each kind is counted, so a question can breach twice. Counted from the due times, not from when the breach scan noticed them.',
  },
  {
    id: 'support.opened',
    version: '1',
    title: 'Questions opened',
    unit: 'count',
    definition: 'Questions created in the window.',
    reference: 'https://chaoss.community/kb/metric-issues-new/',
  },
  {
    id: 'support.closed',
    version: '1',
    title: 'Questions closed',
    unit: 'count',
    definition:
      'Questions that last left the open status (for answered, resolved or closed) in the window, counted once each; a question reopened and open now does not count.',
    reference: 'https://chaoss.community/kb/metric-issues-closed/',
  },
];
