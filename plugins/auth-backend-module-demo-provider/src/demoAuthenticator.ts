import { AuthenticationError } from '@backstage/errors';
import { createProxyAuthenticator } from '@backstage/plugin-auth-node';

/** The request header the demo sign-in page sends the chosen user's name in. */
export const DEMO_USER_HEADER = 'x-community-hub-demo-user';

const USER_NAME = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/i;

/** The result of a demo sign-in: the catalog name of the chosen user. */
export interface DemoSignInResult {
  userName: string;
}

/**
 * Authenticates whoever the request says it is. Only for development and
 * demos, where every role of the community should be easy to try; the module
 * refuses to register it when `auth.environment` is `production`.
 */
export const demoAuthenticator = createProxyAuthenticator({
  defaultProfileTransform: async (result: DemoSignInResult) => ({
    profile: { displayName: result.userName },
  }),
  initialize() {},
  async authenticate({ req }) {
    const userName = req.header(DEMO_USER_HEADER)?.trim();
    if (!userName) {
      throw new AuthenticationError(
        `Choose a demo user: the '${DEMO_USER_HEADER}' header is missing`,
      );
    }
    if (!USER_NAME.test(userName)) {
      throw new AuthenticationError(`'${userName}' is not a valid user name`);
    }
    return { result: { userName } };
  },
});
