import { createApp } from '@backstage/frontend-defaults';
import { navModule } from './modules/nav';
import { signInModule } from './modules/signIn';
import { themeModule } from './modules/theme';

// Plugins and community modules are discovered from this package's
// dependencies (`app.packages: all`); these modules are the app's own shell.
export default createApp({
  features: [navModule, signInModule, themeModule],
});
