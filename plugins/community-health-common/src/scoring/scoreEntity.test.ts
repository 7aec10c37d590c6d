import type { Exemption, Scorecard } from '../types';
import { metricValues, packageScorecard } from './__fixtures__/scorecards';
import { scoreEntity } from './scoreEntity';

const entityRef = 'component:default/kestrel-retry';
const now = new Date('2027-03-31T02:00:00Z');

/** Every check of the fixture scorecard passes with these values. */
const healthy = {
  'catalog.has-owner': 1,
  'catalog.has-techdocs': 1,
  'support.median-first-response-hours': 6,
  'catalog.active-maintainers': 3,
  'contributions.contributor-absence-factor': 3,
};

const exemption = (checkId: string, fields: Partial<Exemption> = {}) => ({
  id: 1,
  entityRef,
  checkId,
  justification: 'Answered in the shared queue until the move is done.',
  expiresOn: '2027-04-30',
  createdByRef: 'user:default/chloe.martin',
  createdAt: '2027-03-01T10:00:00.000Z',
  ...fields,
});

function score(
  values: Record<string, number | null>,
  exemptions: Exemption[] = [],
  scorecard: Scorecard = packageScorecard,
) {
  return scoreEntity({
    entityRef,
    scorecard,
    metrics: metricValues(values),
    exemptions,
    now,
  });
}

const statuses = (result: ReturnType<typeof score>) =>
  Object.fromEntries(result.checks.map(c => [c.checkId, c.status]));

describe('scoreEntity', () => {
  it('gives 100 and the top level when every check passes', () => {
    const result = score(healthy);
    expect(result).toMatchObject({
      entityRef,
      target: 'package',
      scorecardId: 'package',
      scorecardVersion: '3',
      score: 100,
      level: 'gold',
      computedAt: '2027-03-31T02:00:00.000Z',
    });
    expect(result.checks).toEqual([
      { checkId: 'owner', status: 'pass', value: 1 },
      { checkId: 'docs', status: 'pass', value: 1 },
      { checkId: 'response', status: 'pass', value: 6 },
      { checkId: 'maintainers', status: 'pass', value: 3 },
      { checkId: 'absence', status: 'pass', value: 3 },
    ]);
    expect(result.metrics).toHaveLength(5);
  });

  it('weighs checks: the score is the passing share of the weights', () => {
    // response fails (30 h > 24 h, weight 2) and absence fails (2 < 3, weight 2).
    // Passing: owner 3 + docs 2 + maintainers 1 = 6 of 10 -> 60.
    const result = score({
      ...healthy,
      'support.median-first-response-hours': 30,
      'contributions.contributor-absence-factor': 2,
    });
    expect(result.score).toBe(60);
    // Bronze passes; silver fails on response.
    expect(result.level).toBe('bronze');
  });

  it('rounds the score to one decimal', () => {
    const threeEqual: Scorecard = {
      ...packageScorecard,
      checks: packageScorecard.checks
        .slice(0, 3)
        .map(c => ({ ...c, weight: 1 })),
      levels: [],
    };
    // 1 of 3 equal weights: 33.33... -> 33.3; 2 of 3: 66.66... -> 66.7.
    expect(score({ 'catalog.has-owner': 1 }, [], threeEqual).score).toBe(33.3);
    expect(
      score(
        { 'catalog.has-owner': 1, 'catalog.has-techdocs': 1 },
        [],
        threeEqual,
      ).score,
    ).toBe(66.7);
  });

  it('gives no level when a lower level fails, whatever the higher levels pass', () => {
    // Only the bronze "owner" check fails (weight 3): score 7 of 10 -> 70,
    // yet silver and gold checks all pass. Levels are cumulative: no level.
    const result = score({ ...healthy, 'catalog.has-owner': 0 });
    expect(result.score).toBe(70);
    expect(result.level).toBeNull();
  });

  it('takes an exempt check out of the score and counts it as met for levels', () => {
    // As in the weights case, but "response" is exempt: its weight 2 leaves
    // the denominator: 6 of (10 - 2) = 6 / 8 -> 75.
    // Silver is now reached (response exempt, maintainers pass); gold fails.
    const result = score(
      {
        ...healthy,
        'support.median-first-response-hours': 30,
        'contributions.contributor-absence-factor': 2,
      },
      [exemption('response')],
    );
    expect(statuses(result)).toEqual({
      owner: 'pass',
      docs: 'pass',
      response: 'exempt',
      maintainers: 'pass',
      absence: 'fail',
    });
    // The exempt check still shows the measured value.
    expect(result.checks[2].value).toBe(30);
    expect(result.score).toBe(75);
    expect(result.level).toBe('silver');
  });

  it('ignores expired, withdrawn and other entities’ exemptions', () => {
    const values = {
      ...healthy,
      'support.median-first-response-hours': 30,
      'contributions.contributor-absence-factor': 2,
    };
    const result = score(values, [
      exemption('response', { expiresOn: '2027-03-30' }),
      exemption('response', {
        revokedAt: '2027-03-15T08:00:00.000Z',
        revokedByRef: 'user:default/chloe.martin',
      }),
      exemption('response', { entityRef: 'component:default/kestrel-flow' }),
    ]);
    // Same as with no exemption at all: 6 of 10 -> 60, bronze.
    expect(statuses(result).response).toBe('fail');
    expect(result.score).toBe(60);
    expect(result.level).toBe('bronze');
  });

  it('applies an exemption that expires today', () => {
    const result = score(
      { ...healthy, 'contributions.contributor-absence-factor': 1 },
      [exemption('absence', { expiresOn: '2027-03-31' })],
    );
    // Absence (weight 2) exempt: 8 of 8 -> 100, and gold.
    expect(result.score).toBe(100);
    expect(result.level).toBe('gold');
  });

  it('marks checks on absent or null metrics as missing, scoring them as failing', () => {
    // No support value at all, and a null contributor absence factor (no
    // repository). Passing: owner 3 + docs 2 + maintainers 1 = 6 of 10 -> 60.
    const result = score({
      'catalog.has-owner': 1,
      'catalog.has-techdocs': 1,
      'catalog.active-maintainers': 3,
      'contributions.contributor-absence-factor': null,
    });
    expect(result.checks).toEqual([
      { checkId: 'owner', status: 'pass', value: 1 },
      { checkId: 'docs', status: 'pass', value: 1 },
      { checkId: 'response', status: 'missing', value: null },
      { checkId: 'maintainers', status: 'pass', value: 3 },
      { checkId: 'absence', status: 'missing', value: null },
    ]);
    expect(result.score).toBe(60);
    expect(result.level).toBe('bronze');
  });

  it('lets an exemption cover a missing metric', () => {
    const result = score({ ...healthy, 'catalog.has-techdocs': null }, [
      exemption('docs'),
    ]);
    expect(statuses(result).docs).toBe('exempt');
    // 8 of 8 -> 100.
    expect(result.score).toBe(100);
    expect(result.level).toBe('gold');
  });

  it('scores 100 when every check is exempt', () => {
    const all = packageScorecard.checks.map((c, i) =>
      exemption(c.id, { id: i + 1 }),
    );
    const result = score({}, all);
    expect(result.score).toBe(100);
    expect(result.level).toBe('gold');
  });
});
