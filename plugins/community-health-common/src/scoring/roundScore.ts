/** Rounds a 0-100 score to one decimal, the precision scores are shown and stored with. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}
