/**
 * Community health's backend: metrics, scorecards with levels, exemptions,
 * snapshots and roll-ups for packages, partners, teams and the community.
 *
 * @packageDocumentation
 */
export { communityHealthPlugin as default } from './plugin';
