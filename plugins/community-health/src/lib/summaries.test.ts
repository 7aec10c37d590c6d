import { rollUpText } from '../components/shared/RollUpSummary';
import { exemption } from '../__testUtils__/fixtures';
import { exemptionState } from './exemptionState';
import { hasHealthScorecard } from './healthEntities';
import { historySummary } from './historySummary';

describe('summaries', () => {
  it('tells the history in words', () => {
    expect(historySummary([])).toBe('No history yet.');
    expect(
      historySummary([
        {
          date: '2026-11-30',
          score: 72,
          level: 'silver',
          scorecardVersion: '1',
        },
      ]),
    ).toBe('72 on 30 Nov 2026.');
    expect(
      historySummary([
        {
          date: '2026-09-01',
          score: 64,
          level: 'bronze',
          scorecardVersion: '1',
        },
        {
          date: '2026-10-01',
          score: 60,
          level: 'bronze',
          scorecardVersion: '1',
        },
        {
          date: '2026-11-30',
          score: 72,
          level: 'silver',
          scorecardVersion: '2',
        },
      ]),
    ).toBe(
      'From 64 on 1 Sep 2026 to 72 on 30 Nov 2026, lowest 60, highest 72.',
    );
  });

  it('tells what a roll-up was made of, highest level first', () => {
    expect(
      rollUpText({
        entityCount: 1,
        levelCounts: { none: 0, bronze: 0, silver: 0, gold: 1 },
      }),
    ).toBe('Rolled up from 1 entity: 1 Gold.');
    expect(rollUpText({ entityCount: 0, levelCounts: { none: 0 } })).toBe(
      'Rolled up from no entities yet.',
    );
  });

  it('counts the expiry day itself as active', () => {
    const today = '2026-12-01';
    expect(exemptionState(exemption({ expiresOn: '2026-12-01' }), today)).toBe(
      'active',
    );
    expect(exemptionState(exemption({ expiresOn: '2026-11-30' }), today)).toBe(
      'expired',
    );
    expect(
      exemptionState(exemption({ revokedAt: '2026-11-15T10:00:00Z' }), today),
    ).toBe('withdrawn');
  });

  it('gives packages, partners and groups a scorecard, not other components', () => {
    const entity = (kind: string, type?: string) => ({
      apiVersion: 'backstage.io/v1alpha1',
      kind,
      metadata: { name: 'x' },
      spec: type ? { type } : {},
    });
    expect(hasHealthScorecard(entity('Component', 'library'))).toBe(true);
    expect(hasHealthScorecard(entity('Component', 'framework'))).toBe(true);
    expect(hasHealthScorecard(entity('Component', 'tool'))).toBe(true);
    expect(hasHealthScorecard(entity('Component', 'documentation'))).toBe(
      false,
    );
    expect(hasHealthScorecard(entity('Partner'))).toBe(true);
    expect(hasHealthScorecard(entity('Group', 'team'))).toBe(true);
    expect(hasHealthScorecard(entity('Event', 'meetup'))).toBe(false);
    expect(hasHealthScorecard(entity('User'))).toBe(false);
  });
});
