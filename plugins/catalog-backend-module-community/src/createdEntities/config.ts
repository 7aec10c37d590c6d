import { Config } from '@backstage/config';
import { resolve } from 'node:path';

/** Where the portal keeps the files of created things, when no directory is configured. */
export const DEFAULT_CREATED_CONTENT_DIRECTORY = '../../data/created';

/** What the created-entities API reads from `communityHub.createdContent`. */
export interface CreatedContentSettings {
  /** Absolute path of `communityHub.createdContent.directory`. */
  directory: string;
}

/**
 * Reads `communityHub.createdContent`; a relative directory is taken from
 * the backend's working directory.
 */
export function readCreatedContentConfig(
  config: Config,
): CreatedContentSettings {
  const directory =
    config.getOptionalString('communityHub.createdContent.directory') ??
    DEFAULT_CREATED_CONTENT_DIRECTORY;
  return { directory: resolve(directory) };
}
