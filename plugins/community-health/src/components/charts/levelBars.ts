import { LEVEL_COLOURS, levelTitle, orderLevels } from '../../lib/levels';

/** One bar of the level distribution. */
export interface LevelBar {
  levelId: string;
  title: string;
  count: number;
  /** The level's badge colour; undefined for no level. */
  colour?: string;
}

/** The level distribution as bars, from no level up to gold. */
export function levelBars(distribution: Record<string, number>): LevelBar[] {
  return orderLevels(Object.keys(distribution)).map(levelId => ({
    levelId,
    title: levelTitle(levelId),
    count: distribution[levelId],
    colour: LEVEL_COLOURS[levelId]?.background,
  }));
}
