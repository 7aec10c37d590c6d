import type {
  CheckDefinition,
  EntityScore,
  MetricValue,
  Scorecard,
} from '../../types';

const check = (
  fields: Omit<CheckDefinition, 'title' | 'howToImprove'>,
): CheckDefinition => ({
  ...fields,
  title: fields.id,
  howToImprove: `Improve ${fields.id}.`,
});

/**
 * A small package scorecard; its weights add up to 10, so every score is a
 * whole number of tenths and easy to work out by hand.
 *
 * | check        | metric                                    | weight | level  |
 * | owner        | catalog.has-owner == 1                    | 3      | bronze |
 * | docs         | catalog.has-techdocs == 1                 | 2      | bronze |
 * | response     | support.median-first-response-hours <= 24 | 2      | silver |
 * | maintainers  | catalog.active-maintainers >= 2           | 1      | silver |
 * | absence      | contributions.contributor-absence-factor >= 3 | 2  | gold   |
 */
export const packageScorecard: Scorecard = {
  id: 'package',
  title: 'Package health',
  version: '3',
  target: 'package',
  checks: [
    check({
      id: 'owner',
      metricId: 'catalog.has-owner',
      operator: '==',
      threshold: 1,
      weight: 3,
    }),
    check({
      id: 'docs',
      metricId: 'catalog.has-techdocs',
      operator: '==',
      threshold: 1,
      weight: 2,
    }),
    check({
      id: 'response',
      metricId: 'support.median-first-response-hours',
      operator: '<=',
      threshold: 24,
      weight: 2,
    }),
    check({
      id: 'maintainers',
      metricId: 'catalog.active-maintainers',
      operator: '>=',
      threshold: 2,
      weight: 1,
    }),
    check({
      id: 'absence',
      metricId: 'contributions.contributor-absence-factor',
      operator: '>=',
      threshold: 3,
      weight: 2,
    }),
  ],
  levels: [
    { id: 'bronze', title: 'Bronze', checks: ['owner', 'docs'] },
    { id: 'silver', title: 'Silver', checks: ['response', 'maintainers'] },
    { id: 'gold', title: 'Gold', checks: ['absence'] },
  ],
};

/** Metric values by metric id, in the form providers return them. */
export function metricValues(
  values: Record<string, number | null>,
): MetricValue[] {
  return Object.entries(values).map(([metricId, value]) => ({
    metricId,
    version: '1',
    value,
  }));
}

/** A roll-up scorecard without checks of its own, with the same level ids. */
export const groupScorecard: Scorecard = {
  id: 'group',
  title: 'Team health',
  version: '2',
  target: 'group',
  checks: [],
  levels: [
    { id: 'bronze', title: 'Bronze', checks: [] },
    { id: 'silver', title: 'Silver', checks: [] },
    { id: 'gold', title: 'Gold', checks: [] },
  ],
};

/** A member's score, with only what roll-ups read filled in. */
export function memberScore(
  name: string,
  score: number,
  level: string | null,
): EntityScore {
  return {
    entityRef: `component:default/${name}`,
    target: 'package',
    scorecardId: 'package',
    scorecardVersion: '3',
    score,
    level,
    checks: [],
    metrics: [],
    computedAt: '2027-03-31T02:00:00.000Z',
  };
}
