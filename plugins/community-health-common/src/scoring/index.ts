export { checkPasses } from './checkPasses';
export { activeExemptions } from './activeExemptions';
export { scoreEntity } from './scoreEntity';
export type { ScoreEntityInput } from './scoreEntity';
export { rollUpScore, NO_LEVEL_KEY } from './rollUpScore';
export type { RollUpScoreInput } from './rollUpScore';
export { parseScorecardDocument } from './parseScorecardDocument';
