import { LoggerService } from '@backstage/backend-plugin-api';
import type { MetricProvider } from '@community-hub/plugin-community-health-node';
import { ScorecardSet } from '../scorecards/ScorecardSet';

/**
 * Checks the providers at start: unique provider ids, and metric ids that
 * are unique and start with their provider's id. Scorecard checks on
 * metrics no provider defines are logged: they can only be missing.
 *
 * @throws Error naming the provider or metric at fault.
 */
export function checkProviders(
  providers: MetricProvider[],
  scorecards: ScorecardSet,
  logger: LoggerService,
): MetricProvider[] {
  const providerIds = new Set<string>();
  const metricIds = new Set<string>();
  for (const provider of providers) {
    if (providerIds.has(provider.id)) {
      throw new Error(
        `Two community health metric providers have the id '${provider.id}'`,
      );
    }
    providerIds.add(provider.id);
    for (const definition of provider.definitions) {
      if (!definition.id.startsWith(`${provider.id}.`)) {
        throw new Error(
          `Metric ${definition.id} of the provider '${provider.id}' must start with '${provider.id}.'`,
        );
      }
      if (metricIds.has(definition.id)) {
        throw new Error(`Metric ${definition.id} is defined twice`);
      }
      metricIds.add(definition.id);
    }
  }
  const unknown = scorecards.checksWithUnknownMetrics(
    providers.flatMap(p => p.definitions),
  );
  if (unknown.length > 0) {
    logger.warn(
      `Community health checks on metrics no provider defines (always missing): ${unknown.join(
        ', ',
      )}`,
    );
  }
  return providers;
}
