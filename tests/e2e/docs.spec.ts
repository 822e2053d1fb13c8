import { expect, test } from '@playwright/test';
import { adminCredentials, apiPost, createOrg, recordDialogs, signIn, uniqueName } from './support';

test('a technician writes an article from a template, edits it, compares and restores revisions', async ({ page }) => {
  test.setTimeout(180_000);
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Docs'));

  await page.getByRole('navigation', { name: 'Organisation sections' }).getByRole('link', { name: 'Docs' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs$`));
  await expect(page.getByText('The knowledge base has no articles yet.')).toBeVisible();

  // A folder, chosen once created.
  const folders = page.getByRole('navigation', { name: 'Knowledge base folders' });
  await folders.getByRole('button', { name: 'New folder' }).click();
  await page.getByLabel('Folder name').fill('Onboarding');
  await page.getByRole('button', { name: 'Create folder' }).click();
  await expect(folders.getByRole('button', { name: /^Onboarding/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByText('This folder has no articles yet.')).toBeVisible();

  // An article from the built-in onboarding template, in that folder; the preview renders the template.
  await page.getByRole('link', { name: 'New article' }).first().click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs/new\\?folder=`));
  await page.getByLabel('Start from').selectOption({ label: 'New client onboarding' });
  await expect(page.getByLabel('Title')).toHaveValue('New client onboarding');
  await expect(page.getByLabel(/^Text/)).toHaveValue(/# New client onboarding/);
  await expect(page.getByRole('region', { name: 'Preview of the text' }).getByRole('heading', { name: 'Contract and contacts' })).toBeVisible();
  const title = uniqueName('Onboarding Acme');
  await page.getByLabel('Title').fill(title);
  await expect(page.getByLabel('Folder')).toHaveValue(/[0-9a-f-]{36}/);
  await page.getByRole('button', { name: 'Create article' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs/articles/[0-9a-f-]{36}$`));
  const articleUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Article “${title}” created.`)).toBeVisible();
  await expect(page.getByText(/Revision 1 · updated/)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Onboarding' })).toBeVisible();
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article.getByRole('table')).toBeVisible();
  await expect(article.getByRole('checkbox').first()).toBeDisabled();

  // An edit with a change summary makes revision 2.
  await page.getByRole('link', { name: 'Edit' }).click();
  const body = page.getByLabel(/^Text/);
  await body.fill(`${await body.inputValue()}\nThe ISP circuit is documented in the network overview.\n`);
  await page.getByLabel('Change summary').fill('Added the ISP note');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();
  await expect(page.getByText(/Revision 2 · updated/)).toBeVisible();
  await expect(article).toContainText('The ISP circuit is documented');

  // History lists both; the newest two are compared, and any two can be chosen.
  await page.getByRole('link', { name: 'History' }).click();
  const revisions = page.getByRole('table', { name: 'Revisions' });
  await expect(revisions.getByRole('row')).toHaveCount(3);
  await expect(revisions.getByRole('row').nth(1)).toContainText('Added the ISP note');
  await expect(revisions.getByRole('row').nth(1)).toContainText('Current');
  await page.getByRole('radio', { name: 'Compare from revision 1' }).check();
  await page.getByRole('radio', { name: 'Compare to revision 2' }).check();
  const diff = page.getByRole('region', { name: 'Changes to the text from revision 1 to 2' });
  await expect(page.getByRole('heading', { name: 'Changes from revision 1 to revision 2' })).toBeVisible();
  await expect(diff.locator('ins')).toContainText(['ISP circuit']);
  await expect(diff.locator('ins').first()).toContainText('[added:');

  // Viewing revision 1, then restoring it as revision 3.
  await page.getByRole('button', { name: 'View revision 1' }).click();
  await expect(page.getByRole('region', { name: 'Text of revision 1' })).not.toContainText('ISP circuit');
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  const confirm = page.getByRole('dialog', { name: 'Restore revision' });
  await confirm.getByRole('button', { name: 'Restore' }).click();
  await expect(page).toHaveURL(articleUrl);
  await expect(page.getByText(/Revision 1 restored/)).toBeVisible();
  await expect(page.getByText(/Revision 3 · updated/)).toBeVisible();
  await expect(article).not.toContainText('ISP circuit');
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('table', { name: 'Revisions' }).getByRole('row').nth(1)).toContainText('Restored from revision 1');
});

test('script written into an article never runs, on the article page or in the editor preview', async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs = recordDialogs(page);
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Docs XSS'));
  const target = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/articles`, { title: 'Firewall runbook', body: '# Firewall' });
  const body = [
    'Hostile text.',
    '<img src=x onerror="window.__xss=1">',
    '<script>window.__xss=2</script>',
    '[x](javascript:window.__xss=3)',
    '<svg onload="window.__xss=4"><circle r="5"/></svg>',
    '<a href="javascript:window.__xss=5">y</a> <iframe src="javascript:window.__xss=6"></iframe>',
    `See the [firewall runbook](article:${target.id}).`,
  ].join('\n\n');
  const hostile = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/articles`, { title: 'Hostile', body });

  await page.goto(`/orgs/${orgId}/docs/articles/${hostile.id}`);
  const article = page.getByRole('region', { name: 'Article' });
  await expect(article).toContainText('Hostile text.');
  await expect(article.locator('script, svg, iframe, [onerror], [onload]')).toHaveCount(0);
  for (const name of ['x', 'y']) {
    const link = article.getByRole('link', { name, exact: true });
    if ((await link.count()) > 0) await link.click();
  }
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // The same body in the editor's live preview.
  await page.goto(`/orgs/${orgId}/docs/articles/${hostile.id}/edit`);
  await expect(page.getByRole('region', { name: 'Preview of the text' })).toContainText('Hostile text.');
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);

  // A link to another article opens it inside the SPA (no page load).
  await page.goto(`/orgs/${orgId}/docs/articles/${hostile.id}`);
  await page.evaluate(() => ((window as unknown as { __spa?: boolean }).__spa = true));
  await page.getByRole('region', { name: 'Article' }).getByRole('link', { name: 'firewall runbook' }).click();
  await expect(page).toHaveURL(new RegExp(`/docs/articles/${target.id}$`));
  await expect(page.getByRole('heading', { level: 1, name: 'Firewall runbook' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __spa?: boolean }).__spa)).toBe(true);
  await expect(page.getByRole('complementary', { name: 'Linked items' }).getByRole('link', { name: 'Hostile' })).toBeVisible();
  expect(dialogs).toEqual([]);
});
