import { expect, test } from '@playwright/test';
import { signInAs } from './signIn';

test.describe('a community member using the portal', () => {
  test('signs in by picking a person and lands on the community home page', async ({ page }) => {
    await signInAs(page, 'Amara Okafor');
    await expect(page.getByRole('heading', { name: 'Kestrel Community Hub' })).toBeVisible();
    await expect(page.getByText('open-source TypeScript toolkit', { exact: false })).toBeVisible();
    const main = page.getByRole('main');
    for (const link of ['Packages', 'Partners', 'Governance', 'Learn', 'Create']) {
      await expect(main.getByRole('link', { name: link, exact: true })).toBeVisible();
    }
    await expect(main.getByText('10 packages')).toBeVisible();
    await expect(main.getByText('5 partners')).toBeVisible();
    await expect(main.getByText('20 people')).toBeVisible();
    await main.getByRole('link', { name: 'Partners', exact: true }).click();
    await expect(page.getByRole('link', { name: 'Northwind Data' })).toBeVisible();
  });

  test('finds the core packages and the partners in the catalog', async ({ page }) => {
    await signInAs(page, 'Mei Tanaka');
    await page.goto('/catalog?filters[kind]=component&filters[user]=all');
    await expect(page.getByRole('link', { name: 'kestrel-flow' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'kestrel-retry' })).toBeVisible();

    await page.goto('/catalog?filters[kind]=partner&filters[user]=all');
    await expect(page.getByRole('link', { name: 'Northwind Data' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Marlow University' })).toBeVisible();
  });

  test('sees a partner page with its packages and contacts', async ({ page }) => {
    await signInAs(page, 'Lukas Brenner');
    await page.goto('/catalog/default/partner/northwind-data');
    await expect(page.getByRole('heading', { name: 'Northwind Data' }).first()).toBeVisible();
    await expect(page.getByText('Partnership', { exact: true })).toBeVisible();
    const packages = page.locator('table', { hasText: 'Relation' });
    await expect(packages.getByRole('link', { name: 'kestrel-stream' })).toBeVisible();
    await expect(packages.getByText('Sponsors').first()).toBeVisible();
    await expect(packages.getByRole('link', { name: 'kestrel-connect' })).toBeVisible();
    await expect(packages.getByText('Maintains')).toBeVisible();
    await expect(page.getByText('Contacts', { exact: true })).toBeVisible();
    // The relations graph draws the partner's own relations
    const graph = page.locator('svg', { hasText: 'Northwind Data' }).first();
    await expect(graph.getByText('hasContact')).toBeVisible();
    await expect(graph.getByText('sponsors').first()).toBeVisible();
  });

  const docsPages = [
    {
      what: 'the contribution guide',
      path: '/docs/default/component/governance-handbook/contribution-guide/',
      heading: 'Contribution guide',
    },
    {
      what: "a package's documentation",
      path: '/docs/default/component/kestrel-flow',
      heading: 'Kestrel Flow',
    },
  ];
  for (const docs of docsPages) {
    test(`reads ${docs.what} in TechDocs`, async ({ page }) => {
      test.setTimeout(180_000);
      await signInAs(page, 'Priya Raman');
      await page.goto(docs.path);
      // The first visit builds the site with mkdocs, which takes a few seconds.
      await expect(
        page.locator('[data-testid="techdocs-native-shadowroot"]').getByRole('heading', {
          name: docs.heading,
          level: 1,
        }),
      ).toBeVisible({ timeout: 120_000 });
    });
  }

  test('searches for a package and finds it', async ({ page }) => {
    await signInAs(page, 'Priya Raman');
    // The search index is first built shortly after start-up.
    await expect(async () => {
      await page.goto('/search?query=kestrel-retry');
      await expect(page.getByRole('link', { name: /kestrel-retry/ }).first()).toBeVisible({
        timeout: 5_000,
      });
    }).toPass({ timeout: 90_000 });
  });
});
