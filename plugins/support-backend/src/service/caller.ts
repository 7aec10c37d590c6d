import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';

/** The signed-in person behind credentials, or `undefined` for a service. */
export function viewerRefOf(
  credentials: BackstageCredentials,
): string | undefined {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
  };
  return principal.type === 'user' ? principal.userEntityRef : undefined;
}

/** The signed-in person behind credentials; services may not write. */
export function userRefOf(credentials: BackstageCredentials): string {
  const userRef = viewerRefOf(credentials);
  if (!userRef) {
    throw new NotAllowedError('Only signed-in people may do this');
  }
  return userRef;
}
