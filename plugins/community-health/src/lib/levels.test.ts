import { kestrelFlowScore, packageScorecard } from '../__testUtils__/fixtures';
import { levelGaps, levelTitle, orderLevels } from './levels';

describe('levels', () => {
  it('names levels by their id and orders them from no level to gold', () => {
    expect(levelTitle('gold')).toBe('Gold');
    expect(levelTitle(null)).toBe('No level');
    expect(levelTitle('none')).toBe('No level');
    expect(levelTitle('silver', packageScorecard)).toBe('Silver - responsive');
    expect(
      orderLevels(['gold', 'platinum', 'none', 'silver', 'bronze']),
    ).toEqual(['none', 'bronze', 'silver', 'gold', 'platinum']);
  });

  it('lists for each level above the current one the checks still in its way, counting lower levels', () => {
    // Kestrel Flow is bronze: two-maintainers fails (silver); work-shared has
    // no data and events is exempt (gold). Silver needs two-maintainers; gold
    // needs two-maintainers (silver is below it) and work-shared, not events.
    const gaps = levelGaps(packageScorecard, 'bronze', kestrelFlowScore.checks);
    expect(
      gaps.map(gap => [gap.levelId, gap.missing.map(check => check.id)]),
    ).toEqual([
      ['silver', ['two-maintainers']],
      ['gold', ['two-maintainers', 'work-shared']],
    ]);
  });

  it('lists every level with all its checks for an entity below bronze', () => {
    const gaps = levelGaps(packageScorecard, null, [
      { checkId: 'has-owner', status: 'fail', value: 0 },
      { checkId: 'has-docs', status: 'pass', value: 1 },
    ]);
    // Checks without a result count as unmet
    expect(gaps.map(gap => gap.missing.length)).toEqual([1, 3, 5]);
  });
});
