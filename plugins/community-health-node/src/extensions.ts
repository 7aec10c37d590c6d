import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { MetricProvider } from './MetricProvider';

/**
 * What the community health backend offers its modules: a way to add metric
 * providers.
 *
 * @public
 */
export interface CommunityHealthMetricsExtensionPoint {
  /**
   * Adds providers whose metrics every computation then includes, and whose
   * definitions are published with the built-in ones. Provider ids must be
   * unique; scorecards in `community/health/scorecards.yaml` use the metric
   * ids in their checks.
   */
  addMetricProvider(...providers: MetricProvider[]): void;
}

/**
 * The extension point through which other backend modules contribute community
 * health metrics.
 *
 * A module of the `community-health` plugin adds a {@link MetricProvider}; its
 * metrics can then be used in scorecard checks like the built-in ones:
 *
 * ```ts
 * import {
 *   coreServices,
 *   createBackendModule,
 * } from '@backstage/backend-plugin-api';
 * import { stringifyEntityRef } from '@backstage/catalog-model';
 * import { communityHealthMetricsExtensionPoint } from '@community-hub/plugin-community-health-node';
 *
 * export default createBackendModule({
 *   pluginId: 'community-health',
 *   moduleId: 'forum-metrics',
 *   register(reg) {
 *     reg.registerInit({
 *       deps: {
 *         metrics: communityHealthMetricsExtensionPoint,
 *         config: coreServices.rootConfig,
 *       },
 *       async init({ metrics, config }) {
 *         const forumUrl = config.getString('forum.baseUrl');
 *         metrics.addMetricProvider({
 *           id: 'forum',
 *           definitions: [
 *             {
 *               id: 'forum.answered-threads',
 *               version: '1',
 *               title: 'Answered forum threads',
 *               description: 'Share of threads with an accepted answer.',
 *               unit: 'share',
 *               source: 'forum',
 *               definition:
 *                 'Of the threads tagged with the package and opened in the ' +
 *                 'window, the share that has an accepted answer.',
 *             },
 *           ],
 *           async compute(entities, context) {
 *             // One request for the whole batch, never one per entity.
 *             const response = await fetch(
 *               `${forumUrl}/stats?days=${context.windowDays}`,
 *             );
 *             const shares: Record<string, number> = await response.json();
 *             const values = new Map();
 *             for (const entity of entities) {
 *               const share = shares[entity.metadata.name];
 *               if (share === undefined) continue; // nothing for this one
 *               values.set(stringifyEntityRef(entity), [
 *                 { metricId: 'forum.answered-threads', version: '1', value: share },
 *               ]);
 *             }
 *             return values;
 *           },
 *         });
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * Add the module to the backend next to the plugin
 * (`backend.add(import('./forumMetrics'))`), then use `forum.answered-threads`
 * in a check of `community/health/scorecards.yaml`.
 *
 * @public
 */
export const communityHealthMetricsExtensionPoint =
  createExtensionPoint<CommunityHealthMetricsExtensionPoint>({
    id: 'community-health.metrics',
  });
