import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';

const communitySignInPage = SignInPageBlueprint.make({
  params: {
    loader: async () =>
      import('./CommunitySignInPage').then(m => m.CommunitySignInPage),
  },
});

/** The sign-in page: demo user picker in development, GitHub in production. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [communitySignInPage],
});
