/**
 * Community health: the dashboard with the community's score over time,
 * scorecards on package, partner and group pages, exemptions and
 * recomputation.
 *
 * @packageDocumentation
 */
export {
  communityHealthPlugin as default,
  communityHealthPlugin,
} from './plugin';
export { communityHealthApiRef } from './api/communityHealthApiRef';
