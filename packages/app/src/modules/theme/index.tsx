import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { ThemeBlueprint } from '@backstage/plugin-app-react';
import { CommunityThemeProvider } from './communityTheme';

// Same names as the app's built-in themes, so these replace them.
const communityLightTheme = ThemeBlueprint.make({
  name: 'light',
  params: {
    theme: {
      id: 'light',
      title: 'Light',
      variant: 'light',
      Provider: ({ children }) => (
        <CommunityThemeProvider variant="light">{children}</CommunityThemeProvider>
      ),
    },
  },
});

const communityDarkTheme = ThemeBlueprint.make({
  name: 'dark',
  params: {
    theme: {
      id: 'dark',
      title: 'Dark',
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
