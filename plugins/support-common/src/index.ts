/**
 * Isomorphic pieces of community support: the HTTP API's types and client,
 * permissions and the published metric definitions.
 *
 * @packageDocumentation
 */
export type { SupportApi } from './api/SupportApi';
export { SupportClient } from './api/SupportClient';
export type { SupportClientOptions } from './api/SupportClient';
export type * from './api/types';
export {
  SUPPORT_PRIORITIES,
  QUESTION_STATUSES,
  CLOSE_REASONS,
} from './api/types';
export * from './permissions';
export { supportMetricDefinitions } from './metricDefinitions';
export type { SupportMetricDefinition } from './metricDefinitions';
export { parseIsoDuration, addResponseTime } from './responseClock';
export type { DurationParts } from './responseClock';
