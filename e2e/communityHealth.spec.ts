import { expect, test } from '@playwright/test';
import { demoToken, signInAs } from './signIn';

const inAMonth = () =>
  new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);

test.describe('community health', () => {
  test('the dashboard shows the community score, levels and the lowest scores', async ({
    page,
  }) => {
    await signInAs(page, 'Amara Okafor');
    // The first full computation runs shortly after start-up
    await expect(async () => {
      await page.goto('/community-health');
      await expect(page.getByRole('heading', { name: 'Community score' })).toBeVisible({
        timeout: 5_000,
      });
      await expect(page.getByText(/ \/ 100/).first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [5_000] });
    await expect(page.getByRole('heading', { name: 'Lowest scores' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'kestrel-lint' }).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('dashboard.png'), fullPage: true });
  });

  test('a maintainer exempts a deprecated package from the release check and its level changes', async ({
    page,
    request,
  }) => {
    test.setTimeout(180_000);
    // A portal that ran this suite before may still hold an exemption
    const token = await demoToken(request, 'hana.kowalczyk');
    const auth = { Authorization: `Bearer ${token}` };
    const listed = await request.get(
      '/api/community-health/exemptions?entityRef=component:default/kestrel-lint',
      { headers: auth },
    );
    for (const exemption of (await listed.json()).items ?? []) {
      if (!exemption.revokedAt) {
        await request.delete(`/api/community-health/exemptions/${exemption.id}`, {
          headers: auth,
        });
      }
    }

    await signInAs(page, 'Hana Kowalczyk');
    const scorecard = page.getByRole('heading', { name: 'Scorecard' });
    await expect(async () => {
      await page.goto('/catalog/default/component/kestrel-lint/health');
      await expect(scorecard).toBeVisible({ timeout: 5_000 });
      await expect(page.getByText(/ \/ 100/).first()).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 120_000, intervals: [5_000] });

    // kestrel-lint is deprecated: it makes no releases, so it reaches no level
    const main = page.locator('main');
    await expect(main.getByText('No level').first()).toBeVisible();
    await page.getByRole('button', { name: 'Add exemption' }).click();
    await page.getByLabel('Check', { exact: true }).selectOption('released-in-window');
    await page
      .getByLabel('Justification')
      .fill('Deprecated since the ESLint plugin moved into kestrel-cli; no releases are planned.');
    await page.getByLabel('Expires on').fill(inAMonth());
    await page.getByRole('button', { name: 'Save exemption' }).click();

    await expect(main.getByText('Bronze').first()).toBeVisible();
    await expect(page.getByText(/no releases are planned/).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('exempted.png'), fullPage: true });

    // Withdrawing it takes the level away again
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await expect(main.getByText('No level').first()).toBeVisible();
    await expect(page.getByText(/Withdrawn by/).first()).toBeVisible();
  });

  test('the API refuses exemptions without credentials, from people who do not own the entity, and with bad input', async ({
    request,
  }) => {
    const path = '/api/community-health/entities/component/default/kestrel-lint/exemptions';
    const body = {
      checkId: 'released-in-window',
      justification: 'Deprecated; no releases planned.',
      expiresOn: inAMonth(),
    };
    expect((await request.post(path, { data: body })).status()).toBe(401);

    const member = await demoToken(request, 'gabriel.moreau');
    const refused = await request.post(path, {
      headers: { Authorization: `Bearer ${member}` },
      data: body,
    });
    expect(refused.status()).toBe(403);

    const maintainer = await demoToken(request, 'hana.kowalczyk');
    const bad = await request.post(path, {
      headers: { Authorization: `Bearer ${maintainer}` },
      data: { ...body, expiresOn: '2020-01-01' },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain('expiresOn');

    const unknownCheck = await request.post(path, {
      headers: { Authorization: `Bearer ${maintainer}` },
      data: { ...body, checkId: 'no-such-check' },
    });
    expect(unknownCheck.status()).toBe(400);

    const read = await request.get(
      '/api/community-health/entities/component/default/kestrel-lint',
      { headers: { Authorization: `Bearer ${member}` } },
    );
    expect(read.status()).toBe(200);
  });
});
