import { expect, Page } from '@playwright/test';

/** Signs in through the demo user picker as the person with this display name. */
export async function signInAs(page: Page, displayName: string) {
  await page.goto('/');
  const button = page.getByRole('button', { name: `Sign in as ${displayName}` });
  // The catalog may still be loading the community content on a fresh start.
  await expect(async () => {
    if (!(await button.isVisible())) {
      await page.reload();
    }
    await expect(button).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 90_000 });
  await button.click();
  await expect(page.getByRole('link', { name: 'Settings' })).toBeVisible();
}

/** A Backstage token for a demo user, as the sign-in page obtains it. */
export async function demoToken(
  request: import('@playwright/test').APIRequestContext,
  userName: string,
): Promise<string> {
  const res = await request.get('/api/auth/demo/refresh', {
    headers: { 'x-community-hub-demo-user': userName },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  return body.backstageIdentity.token;
}
