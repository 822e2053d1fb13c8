import { expect, test } from '@playwright/test';
import { adminCredentials, apiPost, apiRequest, createMember, createOrg, openManagePage, recordDialogs, signIn, uniqueName } from './support';

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
  // Task-list boxes cannot change: hidden from screen readers, the item says its state in words instead.
  await expect(article.locator('input[type="checkbox"]').first()).toBeDisabled();
  await expect(article.locator('li.task-list-item').first()).toContainText('Not done:');

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

test('with review required, a technician’s change waits until a publisher approves it; another is rejected with a comment', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const tech = { email: `docs-tech-${suffix}@example.com`, password: `Granite lantern ${suffix} orchard` };
  await page.goto('/orgs/new');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Docs review'));

  // The owner turns review on in the organisation's settings.
  await openManagePage(page, 'Settings');
  const setting = page.getByLabel('Require review before changes to published articles are visible');
  await expect(setting).not.toBeChecked();
  await setting.check();
  await expect(page.getByText('Saved: changes to published articles now wait for approval.')).toBeVisible();
  await expect(setting).toBeChecked();

  // A published article, and a technician (docs.write, not docs.publish) in the organisation.
  const article = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/articles`, { title: 'Backup runbook', body: 'Backups run at 01:00.\n' });
  await createMember(page, orgId, { ...tech, displayName: 'Theo Tech' });

  const techContext = await browser.newContext();
  const techPage = await techContext.newPage();
  const articleUrl = `/orgs/${orgId}/docs/articles/${article.id}`;
  await techPage.goto(articleUrl);
  await signIn(techPage, tech.email, tech.password);
  await expect(techPage.getByRole('heading', { level: 1, name: 'Backup runbook' })).toBeVisible();

  // The technician's edit is a draft: readers still see the published text.
  async function submitChange(text: string, summary: string) {
    await techPage.getByRole('link', { name: 'Edit' }).click();
    await expect(techPage.getByText(/saving makes a draft/)).toBeVisible();
    await techPage.getByLabel(/^Text/).fill(text);
    await techPage.getByLabel('Change summary').fill(summary);
    await techPage.getByRole('button', { name: 'Save changes' }).click();
  }
  await submitChange('Backups run at 02:00 since the new NAS.\n', 'New backup time');
  await expect(techPage.getByText(/Saved as a draft for review \(revision 2\)/)).toBeVisible();
  await expect(techPage.getByText('A change is awaiting review')).toBeVisible();
  await expect(techPage.getByText(/Your change \(revision 2\) is waiting/)).toBeVisible();
  await expect(techPage.getByRole('region', { name: 'Article' })).toContainText('01:00');

  // The owner finds it in the queue from the Docs page, compares it and approves it.
  await page.goto(`/orgs/${orgId}/docs`);
  const reviewsLink = page.getByRole('link', { name: /^Reviews/ });
  await expect(reviewsLink).toContainText('1');
  await reviewsLink.click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs/reviews$`));
  const queue = page.getByRole('table', { name: 'Changes awaiting review' });
  await expect(queue.getByRole('row').nth(1)).toContainText('New backup time');
  await expect(queue.getByRole('row').nth(1)).toContainText('Theo Tech');
  await queue.getByRole('link', { name: 'Review revision 2 of Backup runbook' }).click();
  const diff = page.getByRole('region', { name: 'Changes to the text in revision 2' });
  await expect(diff.locator('ins')).toContainText(['02:00']);
  await expect(diff.locator('del')).toContainText(['01:00']);
  await page.getByRole('button', { name: 'Approve and publish' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}$`));
  await expect(page.getByText('Revision 2 approved: readers see it now.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('02:00 since the new NAS');
  await expect(page.getByText('A change is awaiting review')).toHaveCount(0);

  // A second change is rejected: the comment is required, and the author reads it in the history.
  await techPage.goto(articleUrl);
  await expect(techPage.getByRole('region', { name: 'Article' })).toContainText('02:00');
  await submitChange('Backups are off.\n', 'Stop backups');
  await expect(techPage.getByText(/Saved as a draft for review \(revision 3\)/)).toBeVisible();

  await page.reload();
  await page.getByRole('link', { name: 'Review revision 3' }).click();
  await page.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject revision 3' });
  await dialog.getByRole('button', { name: 'Reject change' }).click();
  await expect(dialog.getByText('Say why the change is rejected')).toBeVisible();
  await dialog.getByLabel('Why is it rejected?').fill('Backups stay on: ask the client first.');
  await dialog.getByRole('button', { name: 'Reject change' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs/reviews$`));
  await expect(page.getByText(/Revision 3 of “Backup runbook” rejected/)).toBeVisible();
  await expect(page.getByText('No changes are waiting for review.')).toBeVisible();

  await techPage.goto(`${articleUrl}/history`);
  const rejected = techPage.getByRole('table', { name: 'Revisions' }).getByRole('row').filter({ hasText: 'Stop backups' });
  await expect(rejected).toContainText('Rejected');
  await expect(rejected).toContainText('Backups stay on: ask the client first.');
  await techContext.close();
});

test('a save refused because someone saved meanwhile is merged with their revision, conflicts resolved in the editor', async ({ page }) => {
  test.setTimeout(180_000);
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Docs merge'));
  const path = (id: string) => `/api/v1/orgs/${orgId}/docs/articles/${id}`;
  const created = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/articles`, {
    title: 'Switch config',
    body: 'Uplink on port 1.\nVLAN 10 for staff.\nVLAN 20 for guests.\n',
  });
  /** Someone else's save, behind the editor's back. */
  async function theirSave(body: string) {
    const current = await apiRequest<{ etag: string }>(page, 'GET', path(created.id));
    await apiRequest(page, 'PATCH', path(created.id), { body }, { 'If-Match': current.etag });
  }
  const text = page.getByLabel(/^Text/);

  // Changes to different lines: merged cleanly into the editor, then saved.
  await page.goto(`/orgs/${orgId}/docs/articles/${created.id}/edit`);
  await text.fill('Uplink on port 48.\nVLAN 10 for staff.\nVLAN 20 for guests.\n');
  await theirSave('Uplink on port 1.\nVLAN 10 for staff.\nVLAN 30 for guests.\n');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'Someone saved a newer revision' })).toBeVisible();
  await page.getByRole('button', { name: 'Merge (keep both changes)' }).click();
  await expect(page.getByText(/Merged: your changes and revision 2 are combined below/)).toBeVisible();
  await expect(text).toHaveValue('Uplink on port 48.\nVLAN 10 for staff.\nVLAN 30 for guests.\n');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved as revision 3.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('port 48');
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('VLAN 30');

  // The same line changed on both sides: a conflict, shown side by side and marked in the text; saving waits for it.
  await page.getByRole('link', { name: 'Edit' }).click();
  await text.fill('Uplink on port 48.\nVLAN 10 for staff and printers.\nVLAN 30 for guests.\n');
  await theirSave('Uplink on port 48.\nVLAN 11 for staff.\nVLAN 30 for guests.\n');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await page.getByRole('button', { name: 'Merge (keep both changes)' }).click();
  const conflicts = page.getByRole('region', { name: /place where you both changed/ });
  await expect(conflicts).toBeVisible();
  await expect(conflicts.getByLabel('Your lines, conflict 1 of 1')).toContainText('VLAN 10 for staff and printers.');
  await expect(conflicts.getByLabel('Their lines, conflict 1 of 1')).toContainText('VLAN 11 for staff.');
  await expect(text).toHaveValue(/<<<<<<< yours\nVLAN 10 for staff and printers.\n=======\nVLAN 11 for staff.\n>>>>>>> theirs \(revision 4\)/);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/still has conflict markers/)).toBeVisible();
  await page.getByRole('button', { name: 'Keep theirs, conflict 1 of 1' }).click();
  await expect(text).toHaveValue('Uplink on port 48.\nVLAN 11 for staff.\nVLAN 30 for guests.\n');
  await expect(conflicts).toHaveCount(0);
  // Nothing of mine differs from theirs now: the article already reads so.
  await text.fill('Uplink on port 48.\nVLAN 11 for staff and printers.\nVLAN 30 for guests.\n');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Saved as revision 5.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('VLAN 11 for staff and printers.');
});
