import type { EntityScore, Scorecard } from '../types';
import {
  groupScorecard,
  memberScore,
  packageScorecard,
} from './__fixtures__/scorecards';
import { rollUpScore } from './rollUpScore';

const now = new Date('2027-03-31T02:00:00Z');

const partnerScorecard: Scorecard = {
  ...packageScorecard,
  id: 'partner',
  title: 'Partner health',
  version: '1',
  target: 'partner',
};

function ownScore(score: number, level: string | null): EntityScore {
  return {
    ...memberScore('unused', score, level),
    entityRef: 'partner:default/northwind-data',
    target: 'partner',
    scorecardId: 'partner',
    scorecardVersion: '1',
    checks: [{ checkId: 'owner', status: 'pass', value: 1 }],
    metrics: [{ metricId: 'catalog.has-owner', version: '1', value: 1 }],
  };
}

describe('rollUpScore', () => {
  it('rolls a group of three packages up: mean score, level of at least half', () => {
    const result = rollUpScore({
      entityRef: 'group:default/core-maintainers',
      scorecard: groupScorecard,
      members: [
        memberScore('kestrel-flow', 80, 'silver'),
        memberScore('kestrel-retry', 55.5, 'bronze'),
        memberScore('kestrel-stream', 100, 'gold'),
      ],
      now,
    });
    // (80 + 55.5 + 100) / 3 = 235.5 / 3 = 78.5
    expect(result.score).toBe(78.5);
    // Reaching bronze: 3 of 3; silver: 2 of 3 (silver, gold) >= 1.5;
    // gold: 1 of 3 < 1.5. So silver.
    expect(result.level).toBe('silver');
    expect(result.rollUp).toEqual({
      entityCount: 3,
      levelCounts: { none: 0, bronze: 1, silver: 1, gold: 1 },
    });
    expect(result).toMatchObject({
      entityRef: 'group:default/core-maintainers',
      target: 'group',
      scorecardId: 'group',
      scorecardVersion: '2',
      checks: [],
      metrics: [],
      computedAt: '2027-03-31T02:00:00.000Z',
    });
  });

  it('gives no level when fewer than half of the members reach the lowest one', () => {
    const result = rollUpScore({
      entityRef: 'group:default/tooling-maintainers',
      scorecard: groupScorecard,
      members: [
        memberScore('kestrel-cli', 40, null),
        memberScore('kestrel-lint', 50, null),
        memberScore('kestrel-devtools', 90, 'gold'),
      ],
      now,
    });
    // (40 + 50 + 90) / 3 = 60; bronze reached by 1 of 3 < 1.5.
    expect(result.score).toBe(60);
    expect(result.level).toBeNull();
    expect(result.rollUp?.levelCounts).toEqual({
      none: 2,
      bronze: 0,
      silver: 0,
      gold: 1,
    });
  });

  it('counts exactly half as enough', () => {
    const result = rollUpScore({
      entityRef: 'group:default/educators',
      scorecard: groupScorecard,
      members: [
        memberScore('kestrel-testkit', 100, 'gold'),
        memberScore('kestrel-codec', 35, null),
      ],
      now,
    });
    // (100 + 35) / 2 = 67.5; every level is reached by 1 of 2 members,
    // which is half: gold.
    expect(result.score).toBe(67.5);
    expect(result.level).toBe('gold');
  });

  it('weighs a partner’s own score as much as all its sponsored packages together', () => {
    const result = rollUpScore({
      entityRef: 'partner:default/northwind-data',
      scorecard: partnerScorecard,
      own: ownScore(60, 'silver'),
      members: [
        memberScore('kestrel-stream', 90, 'gold'),
        memberScore('kestrel-flow', 40, 'bronze'),
      ],
      now,
    });
    // Members' mean (90 + 40) / 2 = 65; with own: (60 + 65) / 2 = 62.5.
    expect(result.score).toBe(62.5);
    // Members reaching silver: 1 of 2 (half) and own is silver -> silver;
    // gold: 1 of 2 members, but own is only silver -> not gold.
    expect(result.level).toBe('silver');
    // The partner's own checks and metrics are kept for its scorecard page.
    expect(result.checks).toEqual([
      { checkId: 'owner', status: 'pass', value: 1 },
    ]);
    expect(result.metrics).toHaveLength(1);
    expect(result.rollUp).toEqual({
      entityCount: 2,
      levelCounts: { none: 0, bronze: 1, silver: 0, gold: 1 },
    });
  });

  it('holds a gold partner back when its sponsored packages have no level', () => {
    const result = rollUpScore({
      entityRef: 'partner:default/northwind-data',
      scorecard: partnerScorecard,
      own: ownScore(100, 'gold'),
      members: [
        memberScore('kestrel-stream', 20, null),
        memberScore('kestrel-flow', 30, null),
      ],
      now,
    });
    // (100 + (20 + 30) / 2) / 2 = (100 + 25) / 2 = 62.5
    expect(result.score).toBe(62.5);
    expect(result.level).toBeNull();
  });

  it('uses the own score alone when nothing is sponsored', () => {
    const result = rollUpScore({
      entityRef: 'partner:default/northwind-data',
      scorecard: partnerScorecard,
      own: ownScore(80, 'bronze'),
      members: [],
      now,
    });
    expect(result.score).toBe(80);
    expect(result.level).toBe('bronze');
    expect(result.rollUp).toEqual({
      entityCount: 0,
      levelCounts: { none: 0, bronze: 0, silver: 0, gold: 0 },
    });
  });

  it('scores an empty roll-up 0 with no level', () => {
    const result = rollUpScore({
      entityRef: 'group:default/conduct-committee',
      scorecard: groupScorecard,
      members: [],
      now,
    });
    expect(result.score).toBe(0);
    expect(result.level).toBeNull();
    expect(result.rollUp).toEqual({
      entityCount: 0,
      levelCounts: { none: 0, bronze: 0, silver: 0, gold: 0 },
    });
  });

  it('counts a member at a level the roll-up scorecard does not know as below every level', () => {
    const result = rollUpScore({
      entityRef: 'group:default/core-maintainers',
      scorecard: groupScorecard,
      members: [
        memberScore('kestrel-flow', 70, 'platinum'),
        memberScore('kestrel-retry', 70, 'bronze'),
        memberScore('kestrel-stream', 70, null),
      ],
      now,
    });
    // Bronze is reached by 1 of 3 (kestrel-retry) < 1.5: no level.
    expect(result.level).toBeNull();
    expect(result.rollUp?.levelCounts).toEqual({
      none: 2,
      bronze: 1,
      silver: 0,
      gold: 0,
    });
  });
});
