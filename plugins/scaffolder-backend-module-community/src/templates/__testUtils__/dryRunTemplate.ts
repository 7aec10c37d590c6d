import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { createBackendModule } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  createTemplateAction,
  scaffolderActionsExtensionPoint,
} from '@backstage/plugin-scaffolder-node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleCommunity } from '../../module';

/** The repository's community content, which the templates live in. */
export const communityDir = path.resolve(__dirname, '../../../../../community');

/** Where each template lives, by name. */
export const templateDirs = {
  'new-package': 'packages/templates/new-package',
  'new-event': 'events/templates/new-event',
  'new-content-item': 'events/templates/new-content-item',
  'new-partner': 'partners/templates/new-partner',
  'new-learning-path': 'education/templates/new-learning-path',
} as const;

export type TemplateName = keyof typeof templateDirs;

/** Every entity of the community content, as the catalog reads it through community/catalog.yaml. */
export function loadCommunityEntities(): Entity[] {
  const location = yaml.parse(
    fs.readFileSync(path.join(communityDir, 'catalog.yaml'), 'utf8'),
  );
  return (location.spec.targets as string[]).flatMap(target =>
    yaml
      .parseAllDocuments(
        fs.readFileSync(path.join(communityDir, target), 'utf8'),
      )
      .map(doc => doc.toJS() as Entity),
  );
}

function listFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), relative)
      : [relative];
  });
}

/** A template entity as the catalog would serve it, and its folder as dry-run directory contents. */
export function readTemplate(name: TemplateName) {
  const dir = path.join(communityDir, templateDirs[name]);
  const template = yaml.parse(
    fs.readFileSync(path.join(dir, 'template.yaml'), 'utf8'),
  );
  const directoryContents = listFiles(dir).map(file => ({
    path: file,
    base64Content: fs.readFileSync(path.join(dir, file)).toString('base64'),
  }));
  return { template, directoryContents };
}

/** What a dry-run answers, made easy to check. */
export interface DryRunResult {
  status: number;
  body: any;
  /** The log messages, in order. */
  messages: string[];
  /** Produced files by path (relative to the workspace), as text. */
  files: Record<string, string>;
  /** The rendered input of each step that ran (dry-run logs it), by step id. */
  inputs: Record<string, any>;
  /** Steps that were skipped because their `if` was false, by id. */
  skipped: string[];
  links: Array<{ title?: string; url?: string; icon?: string }>;
}

/** What the stand-in `publish:github:pull-request` received, when the template ran it. */
export const pullRequests: Array<Record<string, unknown>> = [];

/**
 * The GitHub module is not a dependency of this package; this stand-in has the real
 * action's id, supports dry-run and answers with the outputs the real one gives in a dry-run.
 */
const pullRequestStandIn = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'github-pull-request-stand-in',
  register(env) {
    env.registerInit({
      deps: { scaffolder: scaffolderActionsExtensionPoint },
      async init({ scaffolder }) {
        scaffolder.addActions(
          createTemplateAction({
            id: 'publish:github:pull-request',
            supportsDryRun: true,
            schema: {
              input: {
                repoUrl: z => z.string(),
                branchName: z => z.string(),
                title: z => z.string(),
                description: z => z.string(),
                sourcePath: z => z.string().optional(),
                targetPath: z => z.string().optional(),
                commitMessage: z => z.string().optional(),
              },
            },
            async handler(ctx) {
              pullRequests.push(ctx.input);
              ctx.output('targetBranchName', ctx.input.branchName);
              ctx.output(
                'remoteUrl',
                'https://github.com/kestrel-project/community/pull/43',
              );
              ctx.output('pullRequestNumber', 43);
            },
          }),
        );
      },
    });
  },
});

/**
 * Starts the real scaffolder with the community actions and a catalog holding the
 * community content, publishing to the portal (default) or as pull requests.
 */
export async function startScaffolder(
  options: { publish?: 'portal' | 'pull-request' } = {},
) {
  const createdDirectory = fs.mkdtempSync(
    path.join(os.tmpdir(), 'created-content-'),
  );
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleCommunity,
      pullRequestStandIn,
      catalogServiceMock.factory({ entities: loadCommunityEntities() }),
      mockServices.rootConfig.factory({
        data: {
          communityHub: {
            createdContent: {
              publish: options.publish ?? 'portal',
              directory: createdDirectory,
              pullRequest: {
                repoUrl: 'github.com?owner=kestrel-project&repo=community',
              },
            },
          },
        },
      }),
    ],
  });

  async function dryRun(
    name: TemplateName,
    values: Record<string, unknown>,
    user = 'user:default/amara.okafor',
  ): Promise<DryRunResult> {
    const { template, directoryContents } = readTemplate(name);
    const res = await request(backend.server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header(user))
      .send({ template, values, directoryContents });
    const log: Array<{
      body: { message: string; stepId?: string; status?: string };
    }> = res.body.log ?? [];
    // Log lines of the step loggers carry a coloured level prefix ("info: ")
    const colours = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
    const plain = (message: string) =>
      message.replace(colours, '').replace(/^(info|warn|error): /, '');
    const messages = log.map(entry => plain(entry.body.message));
    const inputs: Record<string, any> = {};
    for (const { body } of log) {
      const match =
        /^Running \S+ in dry-run mode with inputs \(secrets redacted\): ([\s\S]*)$/.exec(
          plain(body.message),
        );
      if (match && body.stepId) {
        inputs[body.stepId] = JSON.parse(match[1]);
      }
    }
    const skipped = log
      .filter(entry =>
        /because its if condition was false/.test(entry.body.message),
      )
      .map(entry => entry.body.stepId!);
    const files = Object.fromEntries(
      (
        (res.body.directoryContents ?? []) as Array<{
          path: string;
          base64Content: string;
        }>
      ).map(file => [
        file.path,
        Buffer.from(file.base64Content, 'base64').toString('utf8'),
      ]),
    );
    return {
      status: res.status,
      body: res.body,
      messages,
      files,
      inputs,
      skipped,
      links: res.body.output?.links ?? [],
    };
  }

  return {
    dryRun,
    createdDirectory,
    async stop() {
      await backend.stop();
      fs.rmSync(createdDirectory, { recursive: true, force: true });
    },
  };
}
