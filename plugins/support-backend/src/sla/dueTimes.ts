import {
  addResponseTime,
  ResponseGuideline,
  SupportPriority,
} from '@community-hub/plugin-support-common';

/** When a question's first response and resolution fall due. */
export interface DueTimes {
  firstResponseDueAt: Date;
  resolutionDueAt: Date;
}

/**
 * The due times of a question with `priority` whose clock starts at `start`
 * (its creation, or the moment its priority or queue changed), from the
 * guideline's target for that priority and the target's clock.
 *
 * @throws Error when the guideline has no target for the priority or a
 *   target's duration is invalid.
 */
export function computeDueTimes(
  guideline: ResponseGuideline,
  priority: SupportPriority,
  start: Date,
): DueTimes {
  const target = guideline.targets.find(t => t.priority === priority);
  if (!target) {
    throw new Error(
      `The response guideline "${guideline.id}" has no target for priority "${priority}"`,
    );
  }
  return {
    firstResponseDueAt: addResponseTime(
      start,
      target.firstResponse,
      target.clock,
    ),
    resolutionDueAt: addResponseTime(start, target.resolution, target.clock),
  };
}
