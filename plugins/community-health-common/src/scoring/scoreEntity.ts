import type {
  CheckResult,
  EntityScore,
  Exemption,
  LevelDefinition,
  MetricValue,
  Scorecard,
} from '../types';
import { activeExemptions } from './activeExemptions';
import { checkPasses } from './checkPasses';
import { roundScore } from './roundScore';

/** @public */
export interface ScoreEntityInput {
  /** The entity scored, as given by `stringifyEntityRef`. */
  entityRef: string;
  scorecard: Scorecard;
  /** The entity's metric values; a check whose metric is absent is `missing`. */
  metrics: MetricValue[];
  /**
   * The entity's exemptions, in any state: withdrawn and expired ones, and
   * exemptions of other entities, are ignored.
   */
  exemptions: Exemption[];
  now: Date;
}

/**
 * Scores one entity against a scorecard.
 *
 * Each check gets a status, in this order of precedence: `exempt` (an active
 * exemption names it), `missing` (its metric is absent or `null`), then
 * `pass` or `fail` against the threshold.
 *
 * The score is `100 * (weights of passing checks) / (weights of checks that
 * are not exempt)`, rounded to one decimal; missing checks count as failing.
 * An entity exempt from every check (or scored by a scorecard without checks)
 * scores 100.
 *
 * The level is the highest level that, together with every lower level, has
 * each of its checks passing or exempt. Levels are cumulative: passing every
 * gold check while failing one bronze check gives no level at all.
 *
 * @public
 */
export function scoreEntity(input: ScoreEntityInput): EntityScore {
  const { entityRef, scorecard, metrics, now } = input;
  const valueByMetric = new Map<string, number | null>();
  for (const metric of metrics) {
    valueByMetric.set(metric.metricId, metric.value);
  }
  const exempted = new Set(
    activeExemptions(input.exemptions, now)
      .filter(e => e.entityRef.toLowerCase() === entityRef.toLowerCase())
      .map(e => e.checkId),
  );

  const checks: CheckResult[] = scorecard.checks.map(check => {
    const value = valueByMetric.get(check.metricId) ?? null;
    if (exempted.has(check.id)) {
      return { checkId: check.id, status: 'exempt', value };
    }
    if (value === null) {
      return { checkId: check.id, status: 'missing', value };
    }
    const status = checkPasses(check, value) ? 'pass' : 'fail';
    return { checkId: check.id, status, value };
  });

  const statusById = new Map(checks.map(c => [c.checkId, c.status]));
  let passing = 0;
  let counted = 0;
  for (const check of scorecard.checks) {
    const status = statusById.get(check.id);
    if (status === 'exempt') continue;
    counted += check.weight;
    if (status === 'pass') passing += check.weight;
  }
  const score = counted === 0 ? 100 : roundScore((100 * passing) / counted);

  return {
    entityRef,
    target: scorecard.target,
    scorecardId: scorecard.id,
    scorecardVersion: scorecard.version,
    score,
    level: highestLevel(scorecard.levels, statusById),
    checks,
    metrics,
    computedAt: now.toISOString(),
  };
}

function highestLevel(
  levels: LevelDefinition[],
  statusById: Map<string, string>,
): string | null {
  let reached: string | null = null;
  for (const level of levels) {
    const met = level.checks.every(id => {
      const status = statusById.get(id);
      return status === 'pass' || status === 'exempt';
    });
    if (!met) break;
    reached = level.id;
  }
  return reached;
}
