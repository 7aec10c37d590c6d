import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs';
import { CreatedContentSettings } from '../config';
import { CreatedEntitiesClient } from '../lib/createdEntitiesClient';
import { isPackageDirectory, packagesDirectoryOf } from '../lib/paths';
import { validateEntityLocally } from '../lib/validateEntityLocally';

/** The catalog page of an entity, as the created-entities API answers it. */
function entityUrlOf(entity: Entity): string {
  const segment = (value: string) => encodeURIComponent(value);
  const lower = (value: string) => value.toLocaleLowerCase('en-US');
  const namespace = entity.metadata.namespace ?? 'default';
  return `/catalog/${segment(lower(namespace))}/${segment(
    lower(entity.kind),
  )}/${segment(entity.metadata.name)}`;
}

// The catalog processes a new entity within seconds; the links of the run's
// output should not lead to a page that is not there yet.
async function waitForCatalog(
  catalog: CatalogService,
  entityRef: string,
  timeoutMs: number,
  ctx: {
    getInitiatorCredentials(): Promise<BackstageCredentials>;
    logger: { info(message: string): void };
  },
): Promise<void> {
  const credentials = await ctx.getInitiatorCredentials();
  const deadline = Date.now() + timeoutMs;
  ctx.logger.info(`Waiting for the catalog to list ${entityRef}`);
  while (Date.now() < deadline) {
    if (await catalog.getEntityByRef(entityRef, { credentials })) {
      ctx.logger.info(`${entityRef} is in the catalog`);
      return;
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  ctx.logger.info(
    `${entityRef} is kept by the portal; the catalog will list it shortly`,
  );
}

/**
 * `community:entity:create`: keeps a new entity in the portal through the
 * catalog's created-entities API, on behalf of the person running the
 * template, so that the permission policy decides. When it fails, the
 * skeleton committed earlier in the run (`sourceDirectory`) is removed, so a
 * failed run leaves nothing half-created.
 */
export function createEntityCreateAction(options: {
  settings: CreatedContentSettings;
  client: CreatedEntitiesClient;
  /** When given, the action finishes only once the catalog serves the new entity, so its links work. */
  catalog?: CatalogService;
  catalogWaitMs?: number;
}) {
  const { settings, client, catalog } = options;
  const catalogWaitMs = options.catalogWaitMs ?? 30_000;
  return createTemplateAction({
    id: 'community:entity:create',
    description:
      'Keeps a new entity in the portal (created-entities API of the catalog), checked against the permission policy as the person running the template. The entity appears in the catalog within seconds. On failure, removes sourceDirectory.',
    supportsDryRun: true,
    schema: {
      input: {
        entity: z =>
          z
            .record(z.unknown())
            .describe(
              'The entity to create (apiVersion, kind, metadata, spec), e.g. the parsed catalog-info.yaml of the skeleton',
            ),
        sourceDirectory: z =>
          z
            .string()
            .optional()
            .describe(
              "The `directory` output of community:git:commit; the entity's location points at its catalog-info.yaml (so TechDocs dir:. resolves), and it is removed again when creation fails",
            ),
      },
      output: {
        entityRef: z =>
          z
            .string()
            .describe('The new entity, e.g. component:default/kestrel-foo'),
        entityUrl: z =>
          z
            .string()
            .describe(
              'Its catalog page, e.g. /catalog/default/component/kestrel-foo',
            ),
      },
    },
    async handler(ctx) {
      // Templates without a commit step may render it as an empty string.
      const sourceDirectory = ctx.input.sourceDirectory || undefined;
      if (
        sourceDirectory !== undefined &&
        !isPackageDirectory(settings.directory, sourceDirectory)
      ) {
        throw new InputError(
          `sourceDirectory: '${sourceDirectory}' is not a folder made by community:git:commit (${packagesDirectoryOf(
            settings.directory,
          )}/<name>)`,
        );
      }

      if (ctx.isDryRun) {
        const entity = await validateEntityLocally(ctx.input.entity);
        ctx.logger.info(`Dry run: would create ${stringifyEntityRef(entity)}`);
        ctx.output('entityRef', stringifyEntityRef(entity));
        ctx.output('entityUrl', entityUrlOf(entity));
        return;
      }

      try {
        const created = await client.create(
          {
            entity: ctx.input.entity as unknown as Entity,
            sourceDirectory,
          },
          { credentials: await ctx.getInitiatorCredentials() },
        );
        ctx.logger.info(`Created ${created.entityRef}`);
        if (catalog) {
          await waitForCatalog(catalog, created.entityRef, catalogWaitMs, ctx);
        }
        ctx.output('entityRef', created.entityRef);
        ctx.output('entityUrl', created.entityUrl);
      } catch (error) {
        if (sourceDirectory !== undefined) {
          ctx.logger.info(
            `Creating the entity failed; removing ${sourceDirectory}`,
          );
          await fs.promises.rm(sourceDirectory, {
            recursive: true,
            force: true,
          });
        }
        throw error;
      }
    },
  });
}
