import { expect, test } from '@playwright/test';
import { demoToken } from './signIn';

test.describe('the portal API', () => {
  test('refuses requests without credentials', async ({ request }) => {
    const res = await request.get('/api/catalog/entities/by-name/partner/default/northwind-data');
    expect(res.status()).toBe(401);
  });

  test('refuses demo sign-in with a malformed or unknown user name', async ({ request }) => {
    const malformed = await request.get('/api/auth/demo/refresh', {
      headers: { 'x-community-hub-demo-user': 'not a user!' },
    });
    expect(malformed.status()).toBe(401);
    expect((await malformed.json()).error.message).toContain('not a valid user name');

    const missing = await request.get('/api/auth/demo/refresh');
    expect(missing.status()).toBe(401);

    const unknown = await request.get('/api/auth/demo/refresh', {
      headers: { 'x-community-hub-demo-user': 'nobody.here' },
    });
    expect(unknown.ok()).toBe(false);
  });

  test('lets a member read but not register or delete catalog content', async ({ request }) => {
    const member = await demoToken(request, 'gabriel.moreau');
    const auth = { Authorization: `Bearer ${member}` };

    const read = await request.get('/api/catalog/entities/by-name/partner/default/northwind-data', {
      headers: auth,
    });
    expect(read.status()).toBe(200);
    const partner = await read.json();

    const register = await request.post('/api/catalog/locations', {
      headers: auth,
      data: { type: 'url', target: 'https://example.com/catalog-info.yaml' },
    });
    expect(register.status()).toBe(403);

    const remove = await request.delete(`/api/catalog/entities/by-uid/${partner.metadata.uid}`, {
      headers: auth,
    });
    expect(remove.status()).toBe(403);
    const still = await request.get('/api/catalog/entities/by-name/partner/default/northwind-data', {
      headers: auth,
    });
    expect(still.status()).toBe(200);
  });

  test('lets a maintainer register content but rejects a malformed location', async ({ request }) => {
    const maintainer = await demoToken(request, 'mei.tanaka');
    const res = await request.post('/api/catalog/locations?dryRun=true', {
      headers: { Authorization: `Bearer ${maintainer}` },
      data: { type: 'url' },
    });
    expect(res.status()).toBe(400);
  });
});
