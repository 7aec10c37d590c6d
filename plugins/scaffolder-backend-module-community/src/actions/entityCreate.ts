import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
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
}) {
  const { settings, client } = options;
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
