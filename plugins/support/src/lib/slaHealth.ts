import type { SupportQueueSummary } from '@community-hub/plugin-support-common';

/** How a queue keeps its response guideline, as a traffic light. */
export type SlaHealth = 'green' | 'amber' | 'red';

/** How each health reads in the UI. */
export const SLA_HEALTH_LABELS: Record<SlaHealth, string> = {
  green: 'On track',
  amber: 'At risk',
  red: 'Behind',
};

/**
 * Green: no open question is past a due time. Amber: some are. Red: a
 * quarter or more of the open backlog is past a due time.
 */
export function slaHealth(
  queue: Pick<SupportQueueSummary, 'open' | 'breached'>,
): SlaHealth {
  if (queue.breached <= 0) return 'green';
  if (queue.breached * 4 >= Math.max(queue.open, 1)) return 'red';
  return 'amber';
}
