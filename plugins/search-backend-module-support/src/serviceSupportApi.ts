import { AuthService, DiscoveryService } from '@backstage/backend-plugin-api';
import { SupportClient } from '@community-hub/plugin-support-common';
import { SupportReader } from './collators/types';

/**
 * A support API client that calls `/api/support` with this plugin's own
 * service credentials, as the collators need to read every public question.
 *
 * @public
 */
export function createServiceSupportApi(options: {
  discovery: DiscoveryService;
  auth: AuthService;
  fetch?: typeof fetch;
}): SupportReader {
  const { discovery, auth } = options;
  const baseFetch = options.fetch ?? globalThis.fetch;
  const authorizedFetch: typeof fetch = async (input, init) => {
    const { token } = await auth.getPluginRequestToken({
      onBehalfOf: await auth.getOwnServiceCredentials(),
      targetPluginId: 'support',
    });
    const headers = new Headers(init?.headers);
    headers.set('Authorization', `Bearer ${token}`);
    return baseFetch(input, { ...init, headers });
  };
  return new SupportClient({
    discoveryApi: discovery,
    fetchApi: { fetch: authorizedFetch },
  });
}
