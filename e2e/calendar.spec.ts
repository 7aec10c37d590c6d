import { readFile } from 'node:fs/promises';
import { expect, Locator, Page, test } from '@playwright/test';
import { signInAs } from './signIn';

// Times on the page are the reader's; pin the browser's zone so they are known.
test.use({ timezoneId: 'Europe/Berlin' });

const dayCell = (page: Page, date: string) =>
  page.locator(`td[data-date="${date}"]`);

/** The seats left as the registration panel says them: "19 of 20 seats left". */
async function seatsLeft(
  registration: Locator,
): Promise<{ left: number; capacity: number }> {
  const text = await registration.getByTestId('registration-seats').innerText();
  const match = /^(\d+) of (\d+) seats left$/.exec(text.trim());
  expect(match, `seat count in "${text}"`).not.toBeNull();
  return { left: Number(match![1]), capacity: Number(match![2]) };
}

/** Registers on the open event page, sees the seat count drop by one, then cancels. */
async function registerAndCancel(page: Page) {
  const registration = page.getByRole('region', { name: 'Registration' });
  await expect(registration.getByTestId('registration-seats')).toBeVisible();
  // A run that stopped half-way may have left this person registered.
  const leftOver = registration.getByRole('button', {
    name: 'Cancel registration',
  });
  if (await leftOver.isVisible()) {
    await leftOver.click();
    await expect(
      registration.getByRole('button', { name: 'Register' }),
    ).toBeVisible();
  }
  const before = await seatsLeft(registration);
  expect(before.left).toBeGreaterThan(0);

  await registration.getByRole('button', { name: 'Register' }).click();
  await expect(registration.getByText('You are registered.')).toBeVisible();
  await expect(registration.getByTestId('registration-seats')).toHaveText(
    `${before.left - 1} of ${before.capacity} seats left`,
  );

  await registration
    .getByRole('button', { name: 'Cancel registration' })
    .click();
  await expect(
    registration.getByRole('button', { name: 'Register' }),
  ).toBeVisible();
  await expect(registration.getByTestId('registration-seats')).toHaveText(
    `${before.left} of ${before.capacity} seats left`,
  );
  await expect(registration.getByText('You are registered.')).toBeHidden();
}

test.describe('the community calendar', () => {
  test('browses December, opens the workshop, downloads its .ics, registers for office hours and cancels', async ({
    page,
  }) => {
    await signInAs(page, 'Gabriel Moreau');
    await page
      .getByRole('navigation', { name: 'sidebar nav' })
      .getByRole('link', { name: 'Calendar' })
      .click();
    await expect(page.getByRole('tab', { name: 'Events' })).toBeVisible();
    await expect(page.getByTestId('time-zone-note')).toContainText(
      'Times are shown in your time zone, Europe/Berlin',
    );

    await page.goto('/calendar/events?view=dayGridMonth&date=2026-12-01');
    await expect(
      page.getByRole('heading', { name: 'December 2026' }),
    ).toBeVisible();
    const call = dayCell(page, '2026-12-10').locator('.fc-event', {
      hasText: 'Kestrel community call',
    });
    await expect(call).toContainText('17:00');
    await expect(call).toHaveAttribute(
      'title',
      /Thu 10 Dec 2026, 17:00–18:00 \(Europe\/Berlin, the event's own time zone\)/,
    );
    await expect(
      dayCell(page, '2026-12-02').locator('.fc-event', {
        hasText: 'Maintainer office hours',
      }),
    ).toBeVisible();
    // Office hours are skipped over the holidays
    await expect(dayCell(page, '2026-12-23').locator('.fc-event')).toHaveCount(
      0,
    );

    // The workshop is on 21 January 2027
    await page.getByRole('button', { name: 'Next month' }).click();
    await expect(
      page.getByRole('heading', { name: 'January 2027' }),
    ).toBeVisible();
    const workshop = dayCell(page, '2027-01-21').locator('.fc-event', {
      hasText: 'Workshop: write your first Kestrel connector',
    });
    // 14:00 in Lisbon is 15:00 in Berlin
    await expect(workshop).toContainText('15:00');
    await workshop.click();

    await expect(page).toHaveURL(
      /\/catalog\/default\/event\/connector-workshop-lisbon/,
    );
    await expect(
      page.getByRole('heading', {
        name: 'Workshop: write your first Kestrel connector',
      }),
    ).toBeVisible();
    await expect(page.getByTestId('when-reader-zone')).toContainText(
      'Thu 21 Jan 2027, 15:00–18:00',
    );
    await expect(page.getByTestId('when-event-zone')).toContainText(
      'Thu 21 Jan 2027, 14:00–17:00 event time (Europe/Lisbon)',
    );
    const registration = page.getByRole('region', { name: 'Registration' });
    await expect(registration.getByTestId('registration-seats')).toHaveText(
      /^\d+ of 20 seats left$/,
    );

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Add to calendar' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('connector-workshop-lisbon.ics');
    const ics = await readFile(await download.path(), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(ics).toContain(
      'SUMMARY:Workshop: write your first Kestrel connector',
    );

    // The weekly office hours (12 seats) take registrations for as long as the
    // series runs, whatever the date of the test run.
    await page.goto('/catalog/default/event/maintainer-office-hours');
    await expect(
      page.getByRole('heading', { name: 'Maintainer office hours' }),
    ).toBeVisible();
    await registerAndCancel(page);
  });

  test('shows the content calendar with the status of each item', async ({
    page,
  }) => {
    await signInAs(page, 'Gabriel Moreau');
    await page.goto('/calendar/content?view=dayGridMonth&date=2026-12-01');
    await expect(
      page.getByRole('heading', { name: 'December 2026' }),
    ).toBeVisible();
    await expect(
      dayCell(page, '2026-12-03').locator('.fc-event'),
    ).toContainText('Published');
    await expect(
      dayCell(page, '2026-12-15').locator('.fc-event'),
    ).toContainText('DraftHow Tidewater Cloud runs Kestrel CI', {
      ignoreCase: true,
    });
    await expect(
      dayCell(page, '2026-12-10').locator('.fc-event', {
        hasText: 'Kestrel community call',
      }),
    ).toHaveCount(0);
  });

  test('subscribes to a feed whose address is shown once and works', async ({
    page,
  }) => {
    await signInAs(page, 'Gabriel Moreau');
    await page.goto('/calendar/subscribe');
    await page.getByLabel('The feed carries').click();
    await page.getByRole('option', { name: 'Events I registered for' }).click();
    await page.getByRole('button', { name: 'Create feed' }).click();

    const notice = page.getByRole('region', { name: 'New feed address' });
    const address = await notice.getByLabel('Feed address').inputValue();
    expect(address).toMatch(/\/api\/calendar\/feeds\/.+\.ics$/);
    const feed = await page.request.get(address);
    expect(feed.status()).toBe(200);
    expect((await feed.text()).startsWith('BEGIN:VCALENDAR')).toBe(true);

    await notice
      .getByRole('button', { name: 'Done, hide the address' })
      .click();
    await expect(notice).toBeHidden();
    expect(await page.content()).not.toContain(address);

    // Revoking the feed turns its address off
    const row = page
      .getByRole('table', { name: 'Your feeds' })
      .getByRole('row', {
        name: /My events/,
      });
    await row
      .last()
      .getByRole('button', { name: /^Revoke/ })
      .click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: 'Revoke' })
      .click();
    await expect
      .poll(async () => (await page.request.get(address)).status())
      .toBe(404);
  });

  test('shows the next events on the home page and on package pages', async ({
    page,
  }) => {
    await signInAs(page, 'Gabriel Moreau');
    const upcoming = page.getByRole('list', { name: 'Upcoming events' });
    await expect(upcoming.getByRole('listitem').first()).toBeVisible();
    expect(await upcoming.getByRole('listitem').count()).toBeLessThanOrEqual(5);
    await expect(upcoming.getByRole('link').first()).toHaveAttribute(
      'href',
      /^\/catalog\/default\/event\/[a-z0-9-]+$/,
    );
    await page.getByRole('link', { name: 'Open the calendar' }).click();
    await expect(page).toHaveURL(/\/calendar\/events/);

    await page.goto('/catalog/default/component/kestrel-connect/events');
    await expect(
      page.getByRole('list', { name: 'Upcoming events' }).getByRole('link', {
        name: 'Workshop: write your first Kestrel connector',
      }),
    ).toBeVisible();
  });
});
