import type {
  MetricDefinition,
  Scorecard,
  ScorecardTarget,
} from '@community-hub/plugin-community-health-common';

/** The scorecards in force: one per target. */
export class ScorecardSet {
  private readonly byTarget: Map<ScorecardTarget, Scorecard>;

  /** @throws Error when two scorecards have the same target. */
  constructor(readonly all: Scorecard[]) {
    this.byTarget = new Map();
    for (const scorecard of all) {
      const other = this.byTarget.get(scorecard.target);
      if (other) {
        throw new Error(
          `Scorecards ${other.id} and ${scorecard.id} both apply to ${scorecard.target}; each target has one scorecard`,
        );
      }
      this.byTarget.set(scorecard.target, scorecard);
    }
  }

  /** The scorecard of a target, if there is one. */
  forTarget(target: ScorecardTarget): Scorecard | undefined {
    return this.byTarget.get(target);
  }

  /** Checks whose metric no provider defines, as `scorecard/check (metric)`: they can only be missing. */
  checksWithUnknownMetrics(definitions: MetricDefinition[]): string[] {
    const known = new Set(definitions.map(d => d.id));
    return this.all.flatMap(scorecard =>
      scorecard.checks
        .filter(check => !known.has(check.metricId))
        .map(check => `${scorecard.id}/${check.id} (${check.metricId})`),
    );
  }
}
