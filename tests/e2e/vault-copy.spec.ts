import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, createOrg, signIn, uniqueName } from './support';

// The page reads the clipboard back before clearing it, as a browser lets it once the person allowed it.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

test('a technician copies a password and a one-time code from the vault list without seeing them; the clipboard is cleared after 30 s', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Vault copy'));

  const credentialName = uniqueName('Firewall');
  const secret = `E2E-${Math.random().toString(36).slice(2, 10)}-pw!`;
  await page.goto(`/orgs/${orgId}/vault/new`);
  await page.getByLabel('Name', { exact: true }).fill(credentialName);
  await page.getByLabel('Username', { exact: true }).fill('fw-admin');
  await page.getByLabel('Password', { exact: true }).fill(secret);
  await page.getByLabel('TOTP seed', { exact: true }).fill('JBSWY3DPEHPK3PXP');
  await page.getByRole('button', { name: 'Create credential' }).click();
  await expect(page.getByRole('heading', { name: credentialName })).toBeVisible();

  await page.getByRole('navigation', { name: 'Organisation sections' }).getByRole('link', { name: 'Vault' }).click();
  const row = page.getByRole('table', { name: 'Credentials' }).getByRole('row').filter({ hasText: credentialName });

  await row.getByRole('button', { name: `Copy username of ${credentialName}` }).click();
  await expect(page.getByTestId('copy-notice')).toHaveText('Username copied.');
  expect(await readClipboard(page)).toBe('fw-admin');

  // Signing in counts as a fresh re-authentication for 5 minutes, so the API would not ask yet: the first reveal
  // answers the API's own 403 reauth-required here, and the dialog, the real POST /auth/reauth and the retried
  // (real, audited) reveal follow.
  let asked = false;
  await page.route('**/api/v1/orgs/*/vault/credentials/*/reveal', async (route) => {
    if (asked) return route.continue();
    asked = true;
    await route.fulfill({
      status: 403,
      contentType: 'application/problem+json',
      body: JSON.stringify({ type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required.', status: 403 }),
    });
  });

  await page.clock.install();
  await row.getByRole('button', { name: `Copy password of ${credentialName}` }).click();
  const reauth = page.getByRole('dialog', { name: 'Confirm it is you to copy this password' });
  await expect(reauth).toBeVisible();
  await reauth.getByLabel('Password', { exact: true }).fill(password);
  await reauth.getByRole('button', { name: 'Confirm' }).click();
  await expect(reauth).toBeHidden();

  const notice = page.getByTestId('copy-notice');
  await expect(notice).toContainText(/Password copied — clears in \d+ s/);
  await expect(row.getByRole('status').filter({ hasText: 'Password copied — clears in 30 s.' })).toHaveCount(1);
  expect(await readClipboard(page)).toBe(secret);
  await expect(page.locator('body')).not.toContainText(secret);

  await page.clock.fastForward(10_000);
  await expect(notice).toContainText(/clears in (19|20) s/);
  await page.clock.fastForward(21_000);
  await expect(notice).toHaveText('Clipboard cleared.');
  expect(await readClipboard(page)).toBe('');

  // The one-time code: the re-authentication is fresh now, so no dialog.
  await row.getByRole('button', { name: `Copy one-time code of ${credentialName}` }).click();
  await expect(notice).toContainText(/One-time code copied — clears in \d+ s/);
  expect(await readClipboard(page)).toMatch(/^\d{6}$/);
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the credential page copies the username, the password and the code beside each value', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Vault copy page'));

  const secret = `E2E-${Math.random().toString(36).slice(2, 10)}-pw!`;
  await page.goto(`/orgs/${orgId}/vault/new`);
  await page.getByLabel('Name', { exact: true }).fill(uniqueName('Switch'));
  await page.getByLabel('Username', { exact: true }).fill('netops');
  await page.getByLabel('Password', { exact: true }).fill(secret);
  await page.getByLabel('TOTP seed', { exact: true }).fill('JBSWY3DPEHPK3PXP');
  await page.getByRole('button', { name: 'Create credential' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/vault/[0-9a-f-]{36}$`));

  await page.getByRole('button', { name: 'Copy username' }).click();
  expect(await readClipboard(page)).toBe('netops');

  await page.getByRole('group', { name: 'Password' }).getByRole('button', { name: 'Copy password' }).click();
  // Should the sign-in be older than the re-auth window, the dialog asks once, worded for the copy.
  const reauth = page.getByRole('dialog', { name: 'Confirm it is you to copy this password' });
  const notice = page.getByTestId('copy-notice');
  await expect(notice.or(reauth)).toBeVisible();
  if (await reauth.isVisible()) {
    await reauth.getByLabel('Password', { exact: true }).fill(password);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(notice).toContainText(/Password copied — clears in \d+ s/);
  expect(await readClipboard(page)).toBe(secret);
  await expect(page.locator('body')).not.toContainText(secret);

  await page.getByRole('button', { name: 'Clear now' }).click();
  await expect(notice).toHaveText('Clipboard cleared.');
  expect(await readClipboard(page)).toBe('');

  await page.getByRole('button', { name: 'Copy one-time code' }).click();
  await expect(notice).toContainText(/One-time code copied/);
  expect(await readClipboard(page)).toMatch(/^\d{6}$/);
});
