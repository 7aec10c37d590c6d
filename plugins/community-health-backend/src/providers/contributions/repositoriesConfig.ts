import { Config } from '@backstage/config';
import { resolve } from 'node:path';

/** Where the repositories the contribution metrics read are kept. */
export interface RepositoriesSettings {
  /** Absolute path of the directory with one repository per package, named by entity name. */
  directory: string;
  /** Whether repositories are cloned (and fetched) from the entity's repository annotation. */
  clone: boolean;
  /** Whether demo repositories are created in the directory at start. */
  demo: boolean;
}

/** The default of `communityHealth.repositories.directory`, relative to the backend's working directory. */
export const DEFAULT_REPOSITORIES_DIRECTORY = '../../data/repositories';

/**
 * Reads `communityHealth.repositories` (`directory`, `clone`, `demo`); a
 * relative directory is resolved against the working directory
 * (`packages/backend` when the backend runs from the repository).
 */
export function readRepositoriesConfig(config: Config): RepositoriesSettings {
  const repositories = config.getOptionalConfig('communityHealth.repositories');
  return {
    directory: resolve(
      process.cwd(),
      repositories?.getOptionalString('directory') ??
        DEFAULT_REPOSITORIES_DIRECTORY,
    ),
    clone: repositories?.getOptionalBoolean('clone') ?? false,
    demo: repositories?.getOptionalBoolean('demo') ?? false,
  };
}
