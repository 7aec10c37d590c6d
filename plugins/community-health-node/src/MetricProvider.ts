import type { LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type {
  MetricDefinition,
  MetricValue,
} from '@community-hub/plugin-community-health-common';

/**
 * What a {@link MetricProvider} gets with each batch it computes.
 *
 * @public
 */
export interface MetricContext {
  /** The moment the run computes for; windows end here. */
  now: Date;
  /** The window counted metrics use, in days (default 90). */
  windowDays: number;
  logger: LoggerService;
  /** Every catalog entity in the run, by lower-cased entity ref (for owners, groups, partners). */
  entitiesByRef: ReadonlyMap<string, Entity>;
}

/**
 * A source of community health metrics: the catalog, the support queues, the
 * calendar, git history, or anything a backend module adds.
 *
 * Its metric ids start with its `id` (`forum.answered-threads` for a provider
 * `forum`), and each metric is published through `definitions`: the written
 * definition, unit and version readers see in the portal. Change the version
 * whenever the formula changes; stored values keep the version that produced
 * them.
 *
 * @public
 */
export interface MetricProvider {
  /** The source id, also the prefix of its metric ids: `catalog`, `contributions`, ... */
  id: string;
  definitions: MetricDefinition[];
  /**
   * Computes its metrics for a batch of entities (any kinds; skip the ones it
   * has nothing for). Returns values by entity ref (as given by
   * `stringifyEntityRef`). A value of `null`, with a `note` saying why, marks
   * a metric that applies but has no data (a package without a repository).
   *
   * Must be fast for 10,000 entities: batch remote calls; never one HTTP
   * request per entity.
   */
  compute(
    entities: Entity[],
    context: MetricContext,
  ): Promise<Map<string, MetricValue[]>>;
}
