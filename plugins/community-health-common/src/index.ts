/**
 * Isomorphic pieces of community health: metric and scorecard types, the
 * scoring rules (checks, levels, roll-ups), permissions and the API.
 *
 * @packageDocumentation
 */
export type * from './types';
export type {
  CommunityHealthApi,
  EntityHealth,
  ScoreRow,
} from './CommunityHealthApi';
export { CommunityHealthClient } from './CommunityHealthClient';
export type { CommunityHealthClientOptions } from './CommunityHealthClient';
export * from './scoring';
export * from './permissions';
