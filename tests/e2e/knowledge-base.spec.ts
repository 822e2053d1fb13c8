import { expect, test } from '@playwright/test';
import { adminCredentials, createMember, createOrg, editorFrame, signIn, uniqueName } from './support';

test('the MSP knowledge base: the admin writes and edits an article under /kb; a client’s technician reads it without New or Edit', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const tech = { email: `kb-tech-${suffix}@example.com`, password: `Copper harbour ${suffix} meadow` };
  await page.goto('/orgs/new');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E KB client'));

  // The top bar's entry opens the knowledge base: no organisation tabs, it is no client.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge base' }).click();
  await expect(page).toHaveURL(/\/kb$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MSP knowledge base' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Organisation sections' })).toHaveCount(0);

  // An article, written and edited under /kb.
  const title = uniqueName('Password policy');
  await page.getByRole('link', { name: 'New article' }).first().click();
  await expect(page).toHaveURL(/\/kb\/new$/);
  await page.getByLabel('Title').fill(title);
  await page.getByLabel(/^Text/).fill('Passwords have at least 16 characters.\n');
  await expect(page.getByLabel('Assets')).toHaveCount(0);
  await page.getByRole('button', { name: 'Create article' }).click();
  await expect(page).toHaveURL(/\/kb\/articles\/[0-9a-f-]{36}$/);
  const articleUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Article “${title}” created.`)).toBeVisible();

  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}/edit$`));
  await page.getByLabel(/^Text/).fill('Passwords have at least 16 characters and are kept in the vault.\n');
  await page.getByLabel('Change summary').fill('Where passwords live');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}$`));
  await expect(page.getByText('Saved as revision 2.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Article' })).toContainText('kept in the vault');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl}/history$`));
  const revisions = page.getByRole('table', { name: 'Revisions' });
  await expect(revisions.getByRole('row')).toHaveCount(3);
  await expect(revisions.getByRole('row').nth(1)).toContainText('Where passwords live');

  // Global search opens it under /kb and names the knowledge base.
  await page.goto(`/search?${new URLSearchParams({ q: title })}`);
  const result = page.getByRole('link', { name: new RegExp(title) });
  await expect(result).toHaveAttribute('href', articleUrl);
  await expect(result).toContainText('MSP knowledge base');

  // A technician of one client: reads the knowledge base, may not write in it.
  await createMember(page, orgId, { ...tech, displayName: 'Kim Tech' });

  const techContext = await browser.newContext();
  const techPage = await techContext.newPage();
  await techPage.goto('/kb');
  await signIn(techPage, tech.email, tech.password);
  await expect(techPage).toHaveURL(/\/kb$/);
  await expect(techPage.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Knowledge base' })).toBeVisible();
  await expect(techPage.getByRole('heading', { level: 1, name: 'MSP knowledge base' })).toBeVisible();
  await techPage.getByRole('searchbox', { name: 'Search articles' }).fill(title);
  // Wait for the search to reach the address: a click before it lands is undone by the search's own navigation.
  await expect(techPage).toHaveURL(/\/kb\?q=/);
  await techPage.getByRole('link', { name: title }).click();
  await expect(techPage).toHaveURL(new RegExp(`${articleUrl}$`));
  await expect(techPage.getByRole('region', { name: 'Article' })).toContainText('kept in the vault');
  await expect(techPage.getByRole('link', { name: 'History' })).toBeVisible();
  await expect(techPage.getByRole('link', { name: 'Edit' })).toHaveCount(0);
  await techPage.goto('/kb');
  await expect(techPage.getByRole('heading', { level: 1, name: 'MSP knowledge base' })).toBeVisible();
  await expect(techPage.getByRole('link', { name: 'New article' })).toHaveCount(0);

  // Their client's Docs page points to it.
  await techPage.goto(`/orgs/${orgId}/docs`);
  await expect(techPage.getByRole('navigation', { name: 'MSP knowledge base' }).getByRole('link', { name: 'MSP knowledge base' })).toHaveAttribute('href', '/kb');
  await techContext.close();
});

test('the MSP knowledge base: the admin draws a diagram in the self-hosted editor under /kb and finds it listed there', async ({ page }) => {
  test.setTimeout(240_000);
  const admin = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  await page.goto('/kb');
  await expect(page.getByRole('heading', { level: 1, name: 'MSP knowledge base' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Knowledge base content' }).getByRole('link', { name: 'Diagrams' }).click();
  await expect(page).toHaveURL(/\/kb\?view=diagrams$/);
  await expect(page.getByRole('button', { name: 'All diagrams' })).toBeVisible();
  await page.getByRole('link', { name: 'New diagram' }).first().click();
  await expect(page).toHaveURL(/\/kb\/diagrams\/new$/);
  const name = uniqueName('Standard office LAN');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create and draw' }).click();
  await expect(page).toHaveURL(/\/kb\/diagrams\/[0-9a-f-]{36}\/edit$/);
  const diagramPath = new URL(page.url()).pathname.replace(/\/edit$/, '');

  // A rectangle from the General palette, then the editor's own Save (Ctrl+S): revision 2 of the knowledge base's diagram.
  const editor = await editorFrame(page);
  await editor.locator('.geSidebarContainer a.geItem').first().click();
  await expect(editor.locator('.geDiagramContainer svg g rect, .geDiagramContainer svg g path').first()).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved as revision 2.')).toBeVisible({ timeout: 30_000 });
  await page.getByRole('link', { name: 'Close editor' }).click();
  await expect(page).toHaveURL(new RegExp(`${diagramPath}$`));
  await expect(page.getByText(/Revision 2 · updated/)).toBeVisible();
  await expect(page.getByRole('img', { name })).toBeVisible({ timeout: 20_000 });
  // No organisation tabs and no linked assets: the knowledge base is no client and has no assets.
  await expect(page.getByRole('navigation', { name: 'Organisation sections' })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Linked assets' })).toHaveCount(0);

  // Listed in the knowledge base's Diagrams view (found by name: other runs leave theirs there).
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Diagrams' }).click();
  await expect(page).toHaveURL(/\/kb\?view=diagrams$/);
  await page.getByRole('searchbox', { name: 'Search diagrams' }).fill(name);
  await expect(page.getByRole('table', { name: 'Diagrams' }).getByRole('link', { name })).toHaveAttribute('href', diagramPath);
});
