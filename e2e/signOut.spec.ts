import { expect, test } from '@playwright/test';
import { signInAs } from './signIn';

test('signing out forgets the demo user and offers the picker again', async ({ page }) => {
  await signInAs(page, 'Mei Tanaka');
  await page.goto('/settings');
  await expect(page.getByText('Mei Tanaka').first()).toBeVisible();
  await page.getByTestId('user-settings-menu').click();
  await page.getByRole('menuitem', { name: /sign out/i }).click();
  await expect(page.getByRole('button', { name: 'Sign in as Amara Okafor' })).toBeVisible();
  expect(await page.evaluate(() => window.localStorage.getItem('communityHub.demoUser'))).toBeNull();
});
