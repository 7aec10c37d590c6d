import type { QuestionSummary } from '@community-hub/plugin-support-common';

/** Where one response clock of a question stands. */
export type ClockState =
  | { state: 'met'; at: string; late: boolean }
  | { state: 'breached'; dueAt: string }
  | { state: 'pending'; dueAt: string }
  | { state: 'stopped' };

const past = (iso: string, now: Date) => Date.parse(iso) <= now.getTime();

/** The first-response clock: met by the first answer or comment from someone else. */
export function firstResponseState(
  question: QuestionSummary,
  now: Date = new Date(),
): ClockState {
  if (question.firstResponseAt) {
    return {
      state: 'met',
      at: question.firstResponseAt,
      late:
        Date.parse(question.firstResponseAt) >
        Date.parse(question.firstResponseDueAt),
    };
  }
  if (question.status !== 'open') return { state: 'stopped' };
  if (
    question.firstResponseBreachedAt ||
    past(question.firstResponseDueAt, now)
  ) {
    return { state: 'breached', dueAt: question.firstResponseDueAt };
  }
  return { state: 'pending', dueAt: question.firstResponseDueAt };
}

/** The resolution clock: stops when the question leaves `open`. */
export function resolutionState(
  question: QuestionSummary,
  now: Date = new Date(),
): ClockState {
  if (question.status !== 'open') {
    const at = question.resolvedAt ?? question.closedAt;
    return at
      ? {
          state: 'met',
          at,
          late: Date.parse(at) > Date.parse(question.resolutionDueAt),
        }
      : { state: 'stopped' };
  }
  if (question.resolutionBreachedAt || past(question.resolutionDueAt, now)) {
    return { state: 'breached', dueAt: question.resolutionDueAt };
  }
  return { state: 'pending', dueAt: question.resolutionDueAt };
}

/** Whether an open question is past one of its due times. */
export function isBreached(
  question: QuestionSummary,
  now: Date = new Date(),
): boolean {
  return (
    firstResponseState(question, now).state === 'breached' ||
    resolutionState(question, now).state === 'breached'
  );
}
