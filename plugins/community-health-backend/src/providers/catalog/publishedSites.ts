import { Entity } from '@backstage/catalog-model';
import { Config } from '@backstage/config';
import fs from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where published TechDocs sites can be looked up, if they can. */
export type PublishedSites =
  | {
      readable: true;
      /** Which of the entities have a published site. */
      published(entities: Entity[]): Promise<Set<Entity>>;
    }
  | { readable: false; reason: string };

async function names(dir: string): Promise<Set<string>> {
  try {
    return new Set(await fs.readdir(dir));
  } catch {
    return new Set();
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Published sites in the local publisher's directory
 * (`<publishDirectory>/<namespace>/<kind>/<name>/index.html`, lower-cased
 * unless `techdocs.legacyUseCaseSensitiveTripletPaths`). Other publishers
 * (cloud storage) cannot be read from here.
 */
export function publishedSitesFromConfig(config: Config): PublishedSites {
  const type = config.getOptionalString('techdocs.publisher.type') ?? 'local';
  if (type !== 'local') {
    return {
      readable: false,
      reason: `TechDocs publishes to ${type}; only the local publisher can be checked`,
    };
  }
  const configured = config.getOptionalString(
    'techdocs.publisher.local.publishDirectory',
  );
  if (!configured) {
    return {
      readable: false,
      reason: 'techdocs.publisher.local.publishDirectory is not set',
    };
  }
  const root = resolve(process.cwd(), configured);
  const keepCase =
    config.getOptionalBoolean('techdocs.legacyUseCaseSensitiveTripletPaths') ??
    false;
  const part = (value: string) =>
    keepCase ? value : value.toLocaleLowerCase('en-US');

  return {
    readable: true,
    async published(entities) {
      // One directory listing per namespace and kind, then one stat per candidate
      const listings = new Map<string, Promise<Set<string>>>();
      const found = new Set<Entity>();
      await Promise.all(
        entities.map(async entity => {
          const kindDir = join(
            root,
            part(entity.metadata.namespace ?? 'default'),
            part(entity.kind),
          );
          if (!listings.has(kindDir)) listings.set(kindDir, names(kindDir));
          const name = part(entity.metadata.name);
          if (!(await listings.get(kindDir)!).has(name)) return;
          if (await isFile(join(kindDir, name, 'index.html'))) {
            found.add(entity);
          }
        }),
      );
      return found;
    },
  };
}
