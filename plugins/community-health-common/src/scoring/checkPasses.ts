import type { CheckDefinition } from '../types';

/**
 * Whether a metric value meets a check's threshold. A `null` value (the
 * metric does not apply or its data is missing) never passes.
 *
 * @public
 */
export function checkPasses(
  check: Pick<CheckDefinition, 'operator' | 'threshold'>,
  value: number | null,
): boolean {
  if (value === null || Number.isNaN(value)) {
    return false;
  }
  switch (check.operator) {
    case '>=':
      return value >= check.threshold;
    case '>':
      return value > check.threshold;
    case '<=':
      return value <= check.threshold;
    case '<':
      return value < check.threshold;
    case '==':
      return value === check.threshold;
    default:
      return false;
  }
}
