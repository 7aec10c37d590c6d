import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import { CommunityThemeProvider } from './communityTheme';

const communityLightTheme = ThemeBlueprint.make({
  name: 'community-light',
  params: {
    theme: {
      id: 'community-light',
      title: 'Community light',
      variant: 'light',
      Provider: ({ children }) => (
        <CommunityThemeProvider variant="light">{children}</CommunityThemeProvider>
      ),
    },
  },
});

const communityDarkTheme = ThemeBlueprint.make({
  name: 'community-dark',
  params: {
    theme: {
      id: 'community-dark',
      title: 'Community dark',
      variant: 'dark',
      Provider: ({ children }) => (
        <CommunityThemeProvider variant="dark">{children}</CommunityThemeProvider>
      ),
    },
  },
});

/** Light and dark themes in the community's brand colours. */
export const themeModule = createFrontendModule({
  pluginId: 'app',
  extensions: [communityLightTheme, communityDarkTheme],
});
