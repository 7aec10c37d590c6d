import { parseEntityRef } from '@backstage/catalog-model';
import { ActionContext } from '@backstage/plugin-scaffolder-node';

/** Email domain of the git identities given to portal users. */
export const USER_EMAIL_DOMAIN = 'users.communityhub.dev';

/** A git author or committer. */
export interface GitIdentity {
  name: string;
  email: string;
}

/**
 * The initiator of a run as a git identity: `amara.okafor
 * <amara.okafor@users.communityhub.dev>` for `user:default/amara.okafor`.
 */
export async function initiatorIdentity(
  ctx: Pick<ActionContext<any, any>, 'getInitiatorCredentials' | 'user'>,
): Promise<GitIdentity> {
  const credentials = await ctx.getInitiatorCredentials();
  const userRef =
    credentials.principal &&
    typeof credentials.principal === 'object' &&
    'userEntityRef' in credentials.principal
      ? String(credentials.principal.userEntityRef)
      : ctx.user?.ref;
  const name = userRef ? parseEntityRef(userRef).name : 'community-hub';
  return { name, email: `${name}@${USER_EMAIL_DOMAIN}` };
}
