import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { ConflictError, InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import git from 'isomorphic-git';
import fs from 'node:fs';
import { basename } from 'node:path';
import { CreatedContentSettings } from '../config';
import { ENTITY_NAME_RULE, isValidEntityName } from '../lib/entityNames';
import { initiatorIdentity } from '../lib/initiator';
import { packagesDirectoryOf } from '../lib/paths';

/**
 * `community:git:commit`: keeps what a template produced in a git
 * repository of its own under `<createdContent.directory>/packages/<name>`,
 * committed by the person who ran the template.
 */
export function createGitCommitAction(options: {
  settings: CreatedContentSettings;
}) {
  const packagesDirectory = packagesDirectoryOf(options.settings.directory);
  return createTemplateAction({
    id: 'community:git:commit',
    description:
      "Copies a workspace folder to the portal's created-content directory (packages/<name>) and commits it to a new git repository there, authored by the person running the template. Pass its `directory` output to community:entity:create as sourceDirectory.",
    supportsDryRun: true,
    schema: {
      input: {
        sourcePath: z =>
          z
            .string()
            .describe(
              'The workspace folder to keep, relative to the workspace (e.g. ./skeleton output or `.`)',
            ),
        name: z =>
          z
            .string()
            .describe(
              'Form parameter `name`: the folder name under packages/, normally the entity name',
            ),
        message: z =>
          z
            .string()
            .optional()
            .describe(
              'The commit message; default "Create <name> from a template"',
            ),
      },
      output: {
        directory: z =>
          z
            .string()
            .describe('Absolute path of the new repository (also in dry-runs)'),
        commit: z =>
          z.string().optional().describe('The commit id; not set in dry-runs'),
      },
    },
    async handler(ctx) {
      const { sourcePath, name } = ctx.input;
      if (!isValidEntityName(name)) {
        throw new InputError(
          `name: '${name}' is not a valid name: ${ENTITY_NAME_RULE}`,
        );
      }
      let source: string;
      try {
        source = resolveSafeChildPath(ctx.workspacePath, sourcePath);
      } catch {
        throw new InputError(
          `sourcePath: '${sourcePath}' lies outside the workspace`,
        );
      }
      const directory = resolveSafeChildPath(packagesDirectory, name);
      ctx.output('directory', directory);

      if (ctx.isDryRun) {
        ctx.logger.info(`Dry run: would commit ${sourcePath} to ${directory}`);
        return;
      }
      if (!fs.statSync(source, { throwIfNoEntry: false })?.isDirectory()) {
        throw new InputError(
          `sourcePath: '${sourcePath}' is not a folder in the workspace`,
        );
      }

      await fs.promises.mkdir(packagesDirectory, { recursive: true });
      try {
        // Creating the folder itself claims the name, even against a parallel run.
        await fs.promises.mkdir(directory);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          throw new ConflictError(
            `name: '${name}' is taken: ${directory} already exists; choose another name`,
          );
        }
        throw error;
      }

      try {
        const commit = await commitFolder({
          source,
          directory,
          message: ctx.input.message || `Create ${name} from a template`,
          author: await initiatorIdentity(ctx),
        });
        ctx.logger.info(`Committed ${name} to ${directory} as ${commit}`);
        ctx.output('commit', commit);
      } catch (error) {
        await fs.promises.rm(directory, { recursive: true, force: true });
        throw error;
      }
    },
  });
}

async function commitFolder(options: {
  source: string;
  directory: string;
  message: string;
  author: { name: string; email: string };
}): Promise<string> {
  const { source, directory, message, author } = options;
  await fs.promises.cp(source, directory, {
    recursive: true,
    filter: path => basename(path) !== '.git',
  });
  await git.init({ fs, dir: directory, defaultBranch: 'main' });
  await git.add({ fs, dir: directory, filepath: '.' });
  return git.commit({ fs, dir: directory, message, author });
}
