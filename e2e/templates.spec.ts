import { expect, Page, test } from '@playwright/test';
import { signInAs } from './signIn';

// Names the catalog has not seen yet, so that the suite can run again on the same portal.
const run = Date.now().toString(36);

/** Opens the Create page and picks a template by its title. */
async function chooseTemplate(page: Page, title: string) {
  await page.goto('/create');
  // The innermost element holding both the title and a Choose button is the template's card
  const card = page
    .locator('div')
    .filter({ has: page.getByRole('heading', { name: title, exact: true }) })
    .filter({ has: page.getByRole('button', { name: 'Choose' }) })
    .last();
  await expect(card).toBeVisible({ timeout: 60_000 });
  await card.getByRole('button', { name: 'Choose' }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** Picks one or more entities in an entity picker (an autocomplete) by the text of the option. */
async function pick(page: Page, label: string, options: string[]) {
  const input = page.getByRole('textbox', { name: label, exact: true });
  for (const option of options) {
    await input.click();
    await input.fill(option);
    await page
      .getByRole('option', { name: new RegExp(option) })
      .first()
      .click();
  }
}

/** Reviews the form, creates the task and checks that its steps ran. */
async function createAndCheckSteps(page: Page, steps: string[]) {
  await page.getByRole('button', { name: 'Review' }).click();
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(page).toHaveURL(/\/create\/tasks\//);
  for (const step of steps) {
    await expect(page.getByText(step, { exact: true })).toBeVisible();
  }
}

/**
 * Follows a link to a catalog or docs page of something just created: it reaches the catalog
 * within seconds, so a page opened at once may still say it is not there; reload until it is.
 */
async function openWhenCatalogued(page: Page, check: () => Promise<void>) {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 120_000, intervals: [2_000, 5_000] });
}

test.describe('starting something new from a template', () => {
  test('an event organiser creates an event and opens it in the catalog', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const name = `e2e-meetup-${run}`;
    await signInAs(page, 'Kwame Mensah');
    await chooseTemplate(page, 'New event');

    // The event
    await page.getByLabel('Title').fill(`Kestrel meetup Accra ${run}`);
    await page.getByLabel('Catalog name').fill(name);
    await page
      .getByLabel('Summary')
      .fill('Talks about pipelines in production, then food.');
    await page.getByRole('button', { name: 'Next' }).click();

    // When
    await page.getByLabel('Starts').fill('2027-05-20T18:00');
    await page.getByLabel('Ends').fill('2027-05-20T21:00');
    await page.getByLabel('Time zone').fill('Africa/Accra');
    await page.getByRole('button', { name: 'Next' }).click();

    // Where: in person by default
    await page.getByLabel('Venue').fill('Impact Hub Accra');
    await page.getByLabel('Capacity').fill('40');
    await page.getByRole('button', { name: 'Next' }).click();

    // People and packages
    await pick(page, 'Organisers', ['Kwame Mensah']);
    await pick(page, 'Related packages', ['kestrel-flow']);
    await page.screenshot({
      path: test.info().outputPath('new-event-form.png'),
    });

    await createAndCheckSteps(page, [
      'Check the input',
      'Add the event to the catalog',
    ]);
    const link = page.getByRole('link', {
      name: `Open Kestrel meetup Accra ${run} in the catalog`,
    });
    await expect(link).toBeVisible({ timeout: 60_000 });
    await page.screenshot({
      path: test.info().outputPath('new-event-done.png'),
    });
    await link.click();

    await expect(page).toHaveURL(new RegExp(`/catalog/default/event/${name}`));
    await openWhenCatalogued(page, async () => {
      await expect(
        page
          .getByRole('heading', { name: `Kestrel meetup Accra ${run}` })
          .first(),
      ).toBeVisible({ timeout: 10_000 });
    });
    await expect(page.getByText('Impact Hub Accra').first()).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('new-event-page.png'),
    });
  });

  test('a maintainer creates a package and reads its documentation', async ({
    page,
  }) => {
    test.setTimeout(240_000);
    const name = `kestrel-e2e-${run}`;
    await signInAs(page, 'Mei Tanaka');
    await chooseTemplate(page, 'New package');

    await page.getByLabel('Name').first().fill(name);
    await page
      .getByLabel('Description')
      .fill('A package created by the browser tests.');
    await page.getByRole('button', { name: 'Next' }).click();
    // Owner (core maintainers) and licence (Apache-2.0) keep their defaults
    await page.screenshot({
      path: test.info().outputPath('new-package-form.png'),
    });

    await createAndCheckSteps(page, [
      'Check the input',
      'Create the package skeleton',
      "Commit the package to the portal's git repository",
      'Add the package to the catalog',
    ]);
    const docs = page.getByRole('link', { name: 'Read its documentation' });
    await expect(docs).toBeVisible({ timeout: 90_000 });
    await expect(
      page.getByRole('link', { name: `Open ${name} in the catalog` }),
    ).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('new-package-done.png'),
    });
    await docs.click();

    await expect(page).toHaveURL(new RegExp(`/docs/default/component/${name}`));
    // The first visit builds the site with mkdocs from the committed skeleton
    await openWhenCatalogued(page, async () => {
      await expect(
        page
          .locator('[data-testid="techdocs-native-shadowroot"]')
          .getByRole('heading', { name, level: 1 }),
      ).toBeVisible({ timeout: 60_000 });
    });
    await expect(
      page
        .locator('[data-testid="techdocs-native-shadowroot"]')
        .getByRole('link', { name: 'Getting started' })
        .first(),
    ).toBeVisible();
    await page.screenshot({
      path: test.info().outputPath('new-package-docs.png'),
    });
  });

  test('a member without a community role sees none of the role templates', async ({
    page,
  }) => {
    await signInAs(page, 'Gabriel Moreau');
    await page.goto('/create');
    // The template list has loaded once the "All" filter shows its count
    await expect(page.getByRole('menuitem', { name: /^All \d+$/ })).toBeVisible(
      { timeout: 60_000 },
    );
    for (const title of [
      'New package',
      'New event',
      'New content item',
      'New partner',
      'New learning path',
    ]) {
      await expect(
        page.getByRole('heading', { name: title, exact: true }),
      ).toHaveCount(0);
    }
    await page.screenshot({
      path: test.info().outputPath('create-as-member.png'),
    });
  });
});
