import { InputError } from '@backstage/errors';

/** Something wrong with one template parameter. */
export interface Problem {
  /** The template parameter, as the form names it (`name`, `end`, `owner`). */
  parameter: string;
  message: string;
}

/** Throws one InputError that lists every problem, each prefixed by its parameter. */
export function throwIfProblems(problems: Problem[]): void {
  if (problems.length === 0) {
    return;
  }
  const list = problems.map(p => `${p.parameter}: ${p.message}`).join('; ');
  throw new InputError(
    problems.length === 1
      ? `Please correct the form: ${list}`
      : `Please correct the form (${problems.length} problems): ${list}`,
  );
}
