import { InputError } from '@backstage/errors';
import { isAbsolute, relative, resolve } from 'node:path';

/**
 * Checks that a source directory is an absolute path strictly inside the
 * directory of created content, and returns it normalised.
 *
 * @throws InputError naming `sourceDirectory` otherwise.
 */
export function checkSourceDirectory(
  sourceDirectory: string,
  root: string,
): string {
  if (!isAbsolute(sourceDirectory)) {
    throw new InputError(
      `sourceDirectory: must be an absolute path, got '${sourceDirectory}'`,
    );
  }
  const normalised = resolve(sourceDirectory);
  const inside = relative(root, normalised);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) {
    throw new InputError(
      `sourceDirectory: must be inside the directory of created content, ${root}; got '${sourceDirectory}'`,
    );
  }
  return normalised;
}
