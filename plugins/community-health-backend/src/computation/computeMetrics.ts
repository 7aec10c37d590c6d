import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import type { MetricValue } from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import { refOf } from '../catalog/entityFacts';

/**
 * Runs every provider on a batch at the same time and merges their values,
 * by lower-cased entity ref. A provider that fails does not fail the batch:
 * its metrics are missing for every entity of the batch, with a note.
 */
export async function computeMetrics(
  providers: MetricProvider[],
  entities: Entity[],
  context: MetricContext,
): Promise<Map<string, MetricValue[]>> {
  const merged = new Map<string, MetricValue[]>(
    entities.map(e => [refOf(e), []]),
  );
  const results = await Promise.all(
    providers.map(async provider => {
      try {
        return await provider.compute(entities, context);
      } catch (error) {
        context.logger.warn(
          `The ${provider.id} metrics failed for ${entities.length} entities: ${error}`,
        );
        const note = `the ${provider.id} metrics failed: ${
          (error as Error).message
        }`;
        return new Map(
          entities.map(e => [
            stringifyEntityRef(e),
            provider.definitions.map(d => ({
              metricId: d.id,
              version: d.version,
              value: null,
              note,
            })),
          ]),
        );
      }
    }),
  );
  for (const values of results) {
    for (const [ref, list] of values) {
      merged.get(ref.toLocaleLowerCase('en-US'))?.push(...list);
    }
  }
  return merged;
}
