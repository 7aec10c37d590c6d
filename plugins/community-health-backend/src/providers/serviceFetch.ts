import { AuthService } from '@backstage/backend-plugin-api';

/**
 * A `fetch` that calls another plugin with this plugin's own service
 * credentials, for the HTTP clients of other plugin families.
 */
export function serviceFetch(
  auth: AuthService,
  targetPluginId: string,
): { fetch: typeof fetch } {
  return {
    async fetch(input, init) {
      const { token } = await auth.getPluginRequestToken({
        onBehalfOf: await auth.getOwnServiceCredentials(),
        targetPluginId,
      });
      const headers = new Headers(init?.headers);
      headers.set('Authorization', `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    },
  };
}
