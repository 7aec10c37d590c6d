import { LoggerService } from '@backstage/backend-plugin-api';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import type { MetricValue } from '@community-hub/plugin-community-health-common';
import type {
  MetricContext,
  MetricProvider,
} from '@community-hub/plugin-community-health-node';
import { resolve } from 'node:path';
import { computeContributionMetrics } from './contributionMetrics';
import { contributionMetricDefinitions } from './contributionMetricDefinitions';
import { createGitHistoryCache } from './GitHistoryCache';
import { isRepository } from './isRepository';
import { createOrganizationResolver } from './organizations';
import { readRepositoriesConfig } from './repositoriesConfig';
import { syncRepository } from './syncRepository';

/** The annotation with a package's repository URL. */
export const REPOSITORY_ANNOTATION = 'communityhub.dev/repository';

/** How long a fetched repository counts as current: it is fetched at most this often. */
export const FETCH_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The `contributions` metric provider: contributor absence factor, elephant
 * factor, new and active contributors and release frequency, read from the git
 * history of each Component with a `communityhub.dev/repository` annotation.
 *
 * The repository of a Component named `kestrel-flow` is
 * `<communityHealth.repositories.directory>/kestrel-flow`. With
 * `communityHealth.repositories.clone: true` it is cloned from the annotation's
 * URL when missing and fetched when it was last fetched over an hour ago
 * (`FETCH_INTERVAL_MS`); otherwise the directory is read as it is (the demo
 * repositories in development). A Component without a repository gets `null`
 * values with the note `no local repository`.
 *
 * Parsed histories are kept per repository and read again only when HEAD or a
 * tag moved, so a full run reads each repository once and a later one-entity
 * recomputation of an unchanged repository reads only its refs.
 *
 * The change request closure ratio is not provided: git history records the
 * merged pull requests (merge commits) but not the ones closed unmerged.
 */
export function createContributionsProvider(options: {
  config: Config;
  logger: LoggerService;
}): MetricProvider {
  const settings = readRepositoriesConfig(options.config);
  const histories = createGitHistoryCache();
  const lastFetched = new Map<string, number>();
  const syncing = new Map<string, Promise<void>>();

  /** Clones or fetches when due; failures are logged and the local state is used. */
  function sync(dir: string, url: string) {
    const fetchedAt = lastFetched.get(dir);
    if (fetchedAt !== undefined && Date.now() - fetchedAt < FETCH_INTERVAL_MS) {
      return Promise.resolve();
    }
    const running = syncing.get(dir);
    if (running) {
      return running;
    }
    const done = syncRepository({ dir, url })
      .then(outcome => {
        lastFetched.set(dir, Date.now());
        options.logger.info(`Repository ${url} ${outcome} into ${dir}`);
      })
      .catch(error => {
        options.logger.warn(
          `Could not clone or fetch ${url} into ${dir}: ${error}`,
        );
      })
      .finally(() => syncing.delete(dir));
    syncing.set(dir, done);
    return done;
  }

  async function valuesOf(
    entity: Entity,
    url: string,
    context: MetricContext,
    organizationOf: ReturnType<typeof createOrganizationResolver>,
  ): Promise<MetricValue[]> {
    const name = entity.metadata.name;
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) {
      return nullValues('no local repository');
    }
    const dir = resolve(settings.directory, name);
    if (settings.clone) {
      await sync(dir, url);
    }
    if (!(await isRepository(dir))) {
      return nullValues('no local repository');
    }
    try {
      const history = await histories.read(dir);
      return computeContributionMetrics(history, {
        now: context.now,
        windowDays: context.windowDays,
        organizationOf,
      });
    } catch (error) {
      context.logger.warn(`Could not read the repository in ${dir}: ${error}`);
      return nullValues(`the repository could not be read: ${error}`);
    }
  }

  return {
    id: 'contributions',
    definitions: contributionMetricDefinitions,
    async compute(entities, context) {
      const organizationOf = createOrganizationResolver(
        context.entitiesByRef.values(),
      );
      const values = new Map<string, MetricValue[]>();
      for (const entity of entities) {
        const url = repositoryUrlOf(entity);
        if (url) {
          values.set(
            stringifyEntityRef(entity),
            await valuesOf(entity, url, context, organizationOf),
          );
        }
      }
      return values;
    },
  };
}

/** The repository URL of a Component, or undefined for anything else. */
function repositoryUrlOf(entity: Entity): string | undefined {
  if (entity.kind.toLocaleLowerCase('en-US') !== 'component') {
    return undefined;
  }
  const url = entity.metadata.annotations?.[REPOSITORY_ANNOTATION]?.trim();
  return url || undefined;
}

function nullValues(note: string): MetricValue[] {
  return contributionMetricDefinitions.map(definition => ({
    metricId: definition.id,
    version: definition.version,
    value: null,
    note,
  }));
}
