/**
 * What other backends build on to contribute community health metrics: the
 * metric provider interface and the `community-health.metrics` extension
 * point.
 *
 * @packageDocumentation
 */
export type { MetricContext, MetricProvider } from './MetricProvider';
export { communityHealthMetricsExtensionPoint } from './extensions';
export type { CommunityHealthMetricsExtensionPoint } from './extensions';
