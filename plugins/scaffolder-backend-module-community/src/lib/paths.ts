import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { isValidEntityName } from './entityNames';

/** The folder of the created-content directory that holds committed skeletons. */
export const PACKAGES_FOLDER = 'packages';

/** `<createdDirectory>/packages`, where community:git:commit puts each skeleton. */
export function packagesDirectoryOf(createdDirectory: string): string {
  return join(createdDirectory, PACKAGES_FOLDER);
}

/**
 * True for an absolute `<createdDirectory>/packages/<name>`: a folder that
 * community:git:commit makes, and so one that may be removed again.
 */
export function isPackageDirectory(
  createdDirectory: string,
  path: string,
): boolean {
  return (
    isAbsolute(path) &&
    dirname(resolve(path)) === resolve(packagesDirectoryOf(createdDirectory)) &&
    isValidEntityName(basename(path))
  );
}
