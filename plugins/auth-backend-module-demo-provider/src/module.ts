import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import {
  authProvidersExtensionPoint,
  createProxyAuthProviderFactory,
} from '@backstage/plugin-auth-node';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { demoAuthenticator } from './demoAuthenticator';
import { createDemoUsersRouter } from './demoUsersRouter';

/**
 * Sign-in as any user of the catalog, chosen on the sign-in page, so that
 * every role of the community can be tried. It is active only when
 * `auth.providers.demo` is configured and never when `auth.environment` is
 * `production`.
 *
 * @public
 */
export const authModuleDemoProvider = createBackendModule({
  pluginId: 'auth',
  moduleId: 'demo-provider',
  register(reg) {
    reg.registerInit({
      deps: {
        providers: authProvidersExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ providers, config, logger, httpRouter, catalog, auth }) {
        const environment = config.getOptionalString('auth.environment');
        if (!config.has('auth.providers.demo')) {
          return;
        }
        if (environment === 'production') {
          logger.warn(
            'Demo sign-in is configured but auth.environment is production; it stays disabled',
          );
          return;
        }
        providers.registerProvider({
          providerId: 'demo',
          factory: createProxyAuthProviderFactory({
            authenticator: demoAuthenticator,
            async signInResolver({ result }, ctx) {
              return ctx.signInWithCatalogUser({
                entityRef: { kind: 'User', name: result.userName },
              });
            },
          }),
        });
        httpRouter.use(createDemoUsersRouter({ catalog, auth }));
        httpRouter.addAuthPolicy({ path: '/demo-users', allow: 'unauthenticated' });
      },
    });
  },
});
