import { mockServices } from '@backstage/backend-test-utils';
import { createServiceSupportApi } from './serviceSupportApi';

describe('createServiceSupportApi', () => {
  it('calls the support backend with a service token for the support plugin', async () => {
    const calls: Array<{ url: string; authorization: string | null }> = [];
    const fakeFetch: typeof fetch = async (input, init) => {
      calls.push({
        url: String(input),
        authorization: new Headers(init?.headers).get('authorization'),
      });
      return new Response(
        JSON.stringify({ items: [], totalCount: 0, offset: 0, limit: 100 }),
        { headers: { 'content-type': 'application/json' } },
      );
    };
    const api = createServiceSupportApi({
      discovery: mockServices.discovery(),
      auth: mockServices.auth({ pluginId: 'search' }),
      fetch: fakeFetch,
    });

    await api.listQuestions({ visibility: 'public', limit: 100, offset: 0 });

    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe(
      'http://localhost:0/api/support/questions?visibility=public&limit=100&offset=0',
    );
    expect(calls[0].authorization).toMatch(/^Bearer mock-service-token:/);
    const claims = JSON.parse(
      calls[0].authorization!.replace('Bearer mock-service-token:', ''),
    );
    expect(claims).toEqual({ sub: 'plugin:search', target: 'support' });
  });
});
