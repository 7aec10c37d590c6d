import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SupportQueue } from '@community-hub/plugin-support-common';
import path from 'node:path';
import { derivePackageQueues, readPackageEntities } from './catalogQueues';
import {
  DEFAULT_GUIDELINE_ID,
  guidelinesById,
  readSupportContent,
  toSupportQueue,
} from './supportContent';

/**
 * The support queues: those defined in the content directory, then one per
 * package in the catalog that has none.
 */
export interface QueueRegistry {
  /** Every queue: the defined ones in file order, then the derived ones by id. */
  list(): SupportQueue[];
  get(id: string): SupportQueue | undefined;
  /** Queues linked to the entity (entityRef). */
  forEntity(entityRef: string): SupportQueue[];
}

/** Where the content lives unless `support.content` says otherwise (from `packages/backend`). */
export const DEFAULT_CONTENT_DIRECTORY = '../../community/support';

/** The content directory from `support.content`, relative to the working directory. */
export function resolveContentDirectory(config: Config): string {
  return path.resolve(
    config.getOptionalString('support.content') ?? DEFAULT_CONTENT_DIRECTORY,
  );
}

class Queues implements QueueRegistry {
  private byId = new Map<string, SupportQueue>();
  private byEntity = new Map<string, SupportQueue[]>();

  constructor(private readonly defined: SupportQueue[]) {
    this.replaceDerived([]);
  }

  replaceDerived(derived: SupportQueue[]) {
    const all = [...this.defined, ...derived];
    const byEntity = new Map<string, SupportQueue[]>();
    for (const queue of all) {
      if (queue.entityRef) {
        const key = queue.entityRef.toLocaleLowerCase();
        byEntity.set(key, [...(byEntity.get(key) ?? []), queue]);
      }
    }
    this.byId = new Map(all.map(q => [q.id, q]));
    this.byEntity = byEntity;
  }

  list(): SupportQueue[] {
    return [...this.byId.values()];
  }

  get(id: string): SupportQueue | undefined {
    return this.byId.get(id);
  }

  forEntity(entityRef: string): SupportQueue[] {
    return this.byEntity.get(entityRef.toLocaleLowerCase()) ?? [];
  }
}

/**
 * Reads `queues.yaml` and `response-guidelines.yaml` from the content
 * directory (`support.content`) and adds a queue for every catalog package
 * without one. Invalid content fails with an error naming the file and the
 * field. The derived queues come with the first `refresh()` (the plugin runs it
 * on a schedule once the catalog answers), which re-reads the catalog, not the files.
 */
export async function createQueueRegistry(options: {
  config: Config;
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
}): Promise<{ registry: QueueRegistry; refresh(): Promise<void> }> {
  const { config, catalog, auth, logger } = options;
  const directory = resolveContentDirectory(config);
  const content = readSupportContent(directory);
  const guidelines = guidelinesById(content);
  const defined = content.queues.map(q => toSupportQueue(q, guidelines));
  const registry = new Queues(defined);
  const reported = new Set<string>();

  const refresh = async () => {
    const entities = await readPackageEntities({ catalog, auth });
    const { queues, skipped } = derivePackageQueues(
      entities,
      defined,
      guidelines.get(DEFAULT_GUIDELINE_ID)!,
    );
    for (const reason of skipped) {
      if (!reported.has(reason)) {
        reported.add(reason);
        logger.warn(`Support: no queue for package ${reason}`);
      }
    }
    registry.replaceDerived(queues);
  };

  logger.info(
    `Support: ${registry.list().length} queues (${
      defined.length
    } from ${directory})`,
  );
  return { registry, refresh };
}
