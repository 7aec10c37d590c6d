import { expect, Page, test } from '@playwright/test';
import { demoToken, signInAs } from './signIn';

// Words the index has not seen yet, so that the suite can run again on the same portal.
const run = Date.now().toString(36);

async function openQuestion(page: Page, id: number) {
  await page.goto(`/support/questions/${id}`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
}

test.describe('support', () => {
  test('a member asks, a maintainer answers, the member accepts, the answer becomes an FAQ entry found by search', async ({
    browser,
  }) => {
    test.setTimeout(240_000);
    const title = `How do I resume a Kafka source after a rebalance ${run}?`;

    // Elena asks in the kestrel-flow queue; similar questions are suggested as she types
    const asker = await browser.newPage();
    await signInAs(asker, 'Elena Voss');
    await asker.goto('/support');
    await asker.getByRole('button', { name: 'Ask a question' }).click();
    await asker.getByLabel('Queue').selectOption('kestrel-flow');
    await asker.getByLabel('Title').fill(title);
    await asker
      .getByLabel('Question', { exact: true })
      .fill(
        'After a consumer group rebalance my **Kafka source** stops. I use `@kestrel/connect` 2.3.',
      );
    await asker.getByLabel('Tags').fill('kafka');
    await asker.screenshot({ path: test.info().outputPath('ask.png') });
    await asker.getByRole('button', { name: 'Post question' }).click();
    await expect(asker).toHaveURL(/\/support\/questions\/\d+/);
    const id = Number(asker.url().match(/questions\/(\d+)/)![1]);
    await expect(asker.getByRole('heading', { name: title })).toBeVisible();
    await expect(asker.getByText('Kafka source', { exact: true })).toBeVisible();

    // Mei answers for the core maintainers, who own the queue
    const maintainer = await browser.newPage();
    await signInAs(maintainer, 'Mei Tanaka');
    await openQuestion(maintainer, id);
    await maintainer
      .getByLabel('Answer', { exact: true })
      .fill('Set `resumeFrom: committed` on the source; it then resumes from the last committed offset.');
    await maintainer.getByRole('button', { name: 'Post answer' }).click();
    await expect(maintainer.getByText('resumeFrom: committed').first()).toBeVisible();

    // Elena accepts the answer
    await asker.reload();
    await asker.getByRole('button', { name: 'Accept answer' }).first().click();
    await expect(asker.getByText('Accepted answer').first()).toBeVisible();

    // Mei promotes it to the FAQ of the queue
    await maintainer.reload();
    await maintainer.getByRole('button', { name: 'Promote to FAQ' }).first().click();
    const dialogButton = maintainer.getByRole('button', { name: /^Promote$/ });
    if (await dialogButton.isVisible().catch(() => false)) {
      await dialogButton.click();
    }
    await expect(maintainer.getByRole('link', { name: 'Open the FAQ entry' })).toBeVisible();
    await maintainer.screenshot({ path: test.info().outputPath('question-answered.png') });

    // Search finds the FAQ entry once the collator has run (every minute)
    await expect(async () => {
      await asker.goto(`/search?query=${encodeURIComponent(`rebalance ${run}`)}`);
      // The FAQ entry itself, not only the question it came from
      await expect(
        asker.locator('a[href*="/support/faq/"]', { hasText: run }).first(),
      ).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 150_000, intervals: [5_000] });
    await asker.screenshot({ path: test.info().outputPath('search-finds-faq.png') });
  });

  test('Markdown from a question and an answer never runs script in the browser', async ({
    page,
    request,
  }) => {
    const payloads = [
      '<script>window.__xss = "script"</script>',
      '<img src="x" onerror="window.__xss = \'img\'">',
      '<svg onload="window.__xss = \'svg\'"></svg>',
      '<iframe srcdoc="<script>parent.__xss = \'iframe\'</script>"></iframe>',
      '<details open ontoggle="window.__xss = \'details\'"><summary>x</summary></details>',
      '<a href="javascript:window.__xss = \'href\'">html link</a>',
      '[markdown link](javascript:window.__xss=\'md\')',
      '[entity link](&#106;avascript:window.__xss=\'entity\')',
      '![image](x" onerror="window.__xss=\'mdimg\')',
      '<a href="data:text/html,<script>alert(1)</script>">data link</a>',
      '<style>body { display: none }</style>',
      '<form action="javascript:window.__xss=\'form\'"><button>submit</button></form>',
      '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=\'mxss\'">',
    ];
    const body = `Payloads follow.\n\n${payloads.join('\n\n')}`;
    const token = await demoToken(request, 'jonas.eriksen');
    const created = await request.post('/api/support/questions', {
      headers: { Authorization: `Bearer ${token}` },
      data: {
        queueId: 'getting-started',
        title: `Rendering check ${run}`,
        body,
      },
    });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    const answered = await request.post(`/api/support/questions/${id}/answers`, {
      headers: { Authorization: `Bearer ${await demoToken(request, 'farah.siddiqui')}` },
      data: { body },
    });
    expect(answered.status()).toBe(201);

    const dialogs: string[] = [];
    page.on('dialog', dialog => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    await signInAs(page, 'Jonas Eriksen');
    await openQuestion(page, id);
    await expect(page.getByText('Payloads follow.').first()).toBeVisible();
    // Click every link the Markdown produced; none may run script
    for (const name of ['html link', 'markdown link', 'entity link', 'data link']) {
      for (const link of await page.getByRole('link', { name }).all()) {
        await link.click({ noWaitAfter: true }).catch(() => {});
      }
    }
    await page.waitForTimeout(1_000);
    expect(page.url()).toContain(`/support/questions/${id}`);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page.locator('body')).toBeVisible();
    expect(await page.locator('main script, main iframe, main svg[onload]').count()).toBe(0);
  });

  test('private questions stay with their author, the queue team and community managers', async ({
    request,
  }) => {
    const author = await demoToken(request, 'farah.siddiqui');
    const created = await request.post('/api/support/questions', {
      headers: { Authorization: `Bearer ${author}` },
      data: {
        queueId: 'security',
        title: `Possible token leak in logs ${run}`,
        body: 'The connect package logs the full connection string at debug level.',
        priority: 'urgent',
      },
    });
    expect(created.status()).toBe(201);
    const question = await created.json();
    expect(question.visibility).toBe('private');

    const read = async (user: string) =>
      (
        await request.get(`/api/support/questions/${question.id}`, {
          headers: { Authorization: `Bearer ${await demoToken(request, user)}` },
        })
      ).status();
    expect(await read('farah.siddiqui')).toBe(200);
    expect(await read('mei.tanaka')).toBe(200); // security response team
    expect(await read('amara.okafor')).toBe(200); // community manager
    expect(await read('gabriel.moreau')).toBe(404);
    expect(await read('tomas.novak')).toBe(404); // support team, not security

    const list = await request.get(
      `/api/support/questions?q=${encodeURIComponent(`token leak ${run}`)}`,
      { headers: { Authorization: `Bearer ${await demoToken(request, 'gabriel.moreau')}` } },
    );
    expect(list.status()).toBe(200);
    expect((await list.json()).totalCount).toBe(0);

    const anonymous = await request.get(`/api/support/questions/${question.id}`);
    expect(anonymous.status()).toBe(401);

    const bad = await request.post('/api/support/questions', {
      headers: { Authorization: `Bearer ${author}` },
      data: { queueId: 'security', title: '', body: 'x' },
    });
    expect(bad.status()).toBe(400);
    expect((await bad.json()).error.message).toContain('title');
  });
});
