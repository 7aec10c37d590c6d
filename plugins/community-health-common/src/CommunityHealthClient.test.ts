import { ResponseError } from '@backstage/errors';
import { CommunityHealthClient } from './CommunityHealthClient';

const baseUrl = 'http://localhost:7007/api/community-health';

/** A fetch that records requests and answers each with the next queued response. */
function fakeFetch(...responses: Array<{ status?: number; body: unknown }>) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    const next = responses.shift() ?? { body: {} };
    return new Response(JSON.stringify(next.body), {
      status: next.status ?? 200,
      statusText: next.status && next.status >= 400 ? 'Error' : 'OK',
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

function client(fetchApi: { fetch: typeof fetch }) {
  const discoveryApi = {
    getBaseUrl: jest.fn(async (pluginId: string) =>
      pluginId === 'community-health' ? baseUrl : 'http://wrong',
    ),
  };
  return new CommunityHealthClient({ discoveryApi, fetchApi });
}

describe('CommunityHealthClient', () => {
  it('reads an entity by kind, namespace and name, encoding each part', async () => {
    const fake = fakeFetch({ body: { score: null, exemptions: [] } });
    const result = await client(fake).getEntityHealth(
      'component:default/kestrel flow#2',
      { days: 30 },
    );
    expect(result).toEqual({ score: null, exemptions: [] });
    expect(fake.calls[0].url).toBe(
      `${baseUrl}/entities/component/default/kestrel%20flow%232?days=30`,
    );
  });

  it('posts an exemption as JSON and returns the created exemption', async () => {
    const created = { id: 7, checkId: 'has-techdocs' };
    const fake = fakeFetch({ status: 201, body: created });
    const result = await client(fake).addExemption(
      'partner:community/northwind-data',
      {
        checkId: 'has-techdocs',
        justification: 'Docs move this quarter.',
        expiresOn: '2027-06-30',
      },
    );
    expect(result).toEqual(created);
    const { url, init } = fake.calls[0];
    expect(url).toBe(
      `${baseUrl}/entities/partner/community/northwind-data/exemptions`,
    );
    expect(init?.method).toBe('POST');
    expect(init?.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual({
      checkId: 'has-techdocs',
      justification: 'Docs move this quarter.',
      expiresOn: '2027-06-30',
    });
  });

  it('uses the documented method and path for every route', async () => {
    const fake = fakeFetch();
    const api = client(fake);
    await api.listScorecards();
    await api.listMetricDefinitions();
    await api.getDashboard();
    await api.getDashboard({
      days: 90,
      target: 'package',
      owner: 'group:default/core-maintainers',
    });
    await api.listScores({ partner: 'partner:default/tidewater-cloud' });
    await api.listScores({
      sort: 'score',
      order: 'asc',
      limit: 20,
      offset: 40,
    });
    await api.recompute('group:default/core-maintainers');
    await api.revokeExemption(12);
    await api.listExemptions();
    await api.listExemptions({
      entityRef: 'component:default/kestrel-cli',
      includeInactive: true,
    });
    await api.startRun();
    await api.getLatestRun();

    expect(
      fake.calls.map(
        c => `${c.init?.method ?? 'GET'} ${c.url.slice(baseUrl.length)}`,
      ),
    ).toEqual([
      'GET /scorecards',
      'GET /metrics/definitions',
      'GET /dashboard',
      'GET /dashboard?days=90&target=package&owner=group%3Adefault%2Fcore-maintainers',
      'GET /scores?partner=partner%3Adefault%2Ftidewater-cloud',
      'GET /scores?sort=score&order=asc&limit=20&offset=40',
      'POST /entities/group/default/core-maintainers/recompute',
      'DELETE /exemptions/12',
      'GET /exemptions',
      'GET /exemptions?entityRef=component%3Adefault%2Fkestrel-cli&includeInactive=true',
      'POST /runs',
      'GET /runs/latest',
    ]);
  });

  it('throws a ResponseError carrying the status on a non-2xx answer', async () => {
    const fake = fakeFetch({
      status: 404,
      body: {
        error: { name: 'NotFoundError', message: 'No run yet' },
        request: { method: 'GET', url: '/runs/latest' },
        response: { statusCode: 404 },
      },
    });
    const error = await client(fake)
      .getLatestRun()
      .catch(e => e);
    expect(error).toBeInstanceOf(ResponseError);
    expect(error.statusCode).toBe(404);
    expect(error.body.error.message).toBe('No run yet');
  });

  it('rejects an entity ref without a kind before calling the backend', async () => {
    const fake = fakeFetch();
    await expect(client(fake).recompute('kestrel-flow')).rejects.toThrow();
    expect(fake.calls).toHaveLength(0);
  });
});
