import { Config } from '@backstage/config';
import { resolve as resolvePath } from 'node:path';

/** Where created things go: kept by the portal, or proposed as a pull request. */
export type PublishMode = 'portal' | 'pull-request';

/** The `communityHub.createdContent` settings, with their defaults. */
export interface CreatedContentSettings {
  /** Absolute path of the directory that holds committed skeletons. */
  directory: string;
  publish: PublishMode;
  /** The repository that pull requests go to; set when `publish` is `pull-request`. */
  repoUrl?: string;
}

const DEFAULT_DIRECTORY = '../../data/created';

/**
 * Reads `communityHub.createdContent.*`. A relative `directory` is resolved
 * against `cwd`, which is the backend's working directory (packages/backend).
 */
export function readCreatedContentConfig(
  config: Config,
  cwd: string = process.cwd(),
): CreatedContentSettings {
  const created = config.getOptionalConfig('communityHub.createdContent');
  const publish = created?.getOptionalString('publish') ?? 'portal';
  if (publish !== 'portal' && publish !== 'pull-request') {
    throw new Error(
      `communityHub.createdContent.publish must be 'portal' or 'pull-request', got '${publish}'`,
    );
  }
  const repoUrl = created?.getOptionalString('pullRequest.repoUrl');
  if (publish === 'pull-request' && !repoUrl) {
    throw new Error(
      `communityHub.createdContent.pullRequest.repoUrl is required when publish is 'pull-request'`,
    );
  }
  return {
    directory: resolvePath(
      cwd,
      created?.getOptionalString('directory') ?? DEFAULT_DIRECTORY,
    ),
    publish,
    repoUrl,
  };
}
