import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, openAdminPage, signIn } from './support';

/** Saving security settings needs a fresh sign-in; the one just made usually counts, but confirm the password if the API asks. */
async function saveAllowlist(page: Page, password: string, flash: string) {
  await page.getByRole('button', { name: 'Save allowlist' }).click();
  const saved = page.getByText(flash);
  const reauth = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(saved.or(reauth)).toBeVisible();
  if (await reauth.isVisible()) {
    await reauth.getByLabel('Password').fill(password);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(saved).toBeVisible();
}

const LOCKOUT_THRESHOLD = 5;

test('an admin restricts administration to their own address, lifts it again and sees a lockout among the security events', async ({ page, request }) => {
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const victim = `locked-${suffix}@example.com`;

  // A throwaway account, locked by wrong passwords, gives the security events page something to show.
  await page.goto('/users');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fusers$/);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Email').fill(victim);
  await dialog.getByLabel('Display name').fill('Lockout E2E');
  await dialog.getByLabel('Initial password').fill(`Quiet harbour ${suffix} lamp`);
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: victim })).toBeVisible();
  for (let i = 0; i < LOCKOUT_THRESHOLD; i++) {
    const response = await request.post('/api/v1/auth/login', { data: { email: victim, password: `wrong ${i}` } });
    expect(response.status()).toBe(401);
  }

  // Settings → Security: the allowlist editor shows the address the server sees and adds it in one click.
  await openAdminPage(page, 'Settings');
  await expect(page).toHaveURL(/\/settings\/security$/);
  const card = page.getByRole('region', { name: 'Admin IP allowlist' });
  const yourAddress = card.getByTestId('your-address');
  await expect(yourAddress).toContainText('Your current address:');
  const address = ((await yourAddress.locator('code').textContent()) ?? '').trim();
  expect(address).toMatch(/^[0-9a-f.:]+$/i);
  const entry = `${address}/${address.includes(':') ? 128 : 32}`;
  await expect(card.getByText('settings clear-admin-allowlist')).toBeVisible();

  const field = card.getByLabel('Allowed networks', { exact: true });
  await field.fill('');
  await card.getByRole('button', { name: 'Add my address' }).click();
  await expect(field).toHaveValue(entry);
  await expect(yourAddress).toContainText('(allowed by this list)');
  // Whatever happens next, a list holding this address cannot lock out the other specs: they come from the same address.
  await saveAllowlist(page, admin.password, 'Saved. Administration is now only allowed from this network.');
  await expect(card.getByRole('list', { name: 'Allowed admin networks' })).toHaveText(entry);

  // Administration still works from here: the settings load again with the list in force.
  await page.reload();
  await expect(card.getByRole('list', { name: 'Allowed admin networks' })).toHaveText(entry);

  // Lifted again, so nothing else runs restricted.
  await field.fill('');
  await saveAllowlist(page, admin.password, 'Saved. Administration is allowed from any address again.');
  await expect(card.getByTestId('admin-allowlist-saved')).toHaveText('No restriction: administration is allowed from any address.');

  // The read-only configuration is listed beside it.
  await expect(page.getByRole('table', { name: 'Rate limits' }).getByRole('row').filter({ hasText: 'Sign-ins per address' })).toContainText(/per \d+ s/);
  await expect(page.getByRole('region', { name: 'Country blocks (GeoIP)' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Cross-origin access (CORS)' })).toBeVisible();

  // Security events: the lockout is counted and listed, and leads to its audit log entry.
  await openAdminPage(page, 'Security');
  await expect(page).toHaveURL(/\/security$/);
  await expect(page.getByRole('heading', { name: 'Security events' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  const lockouts = page.getByTestId('summary-account.locked');
  await expect(lockouts.getByRole('heading', { name: 'Lockouts' })).toBeVisible();
  await expect(lockouts.getByTestId('summary-hits')).not.toHaveText('0');
  await expect(page.getByRole('heading', { name: 'Hits per hour' })).toBeVisible();

  await page.getByLabel('Kind', { exact: true }).selectOption('account.locked');
  await expect(page).toHaveURL(/[?&]kind=account\.locked/);
  const row = page.getByRole('table', { name: 'Security events' }).getByRole('row').filter({ hasText: victim });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Lockouts');

  await row.getByRole('link', { name: /Audit log entries like event/ }).click();
  await expect(page).toHaveURL(/\/audit\?.*action=account\.locked/);
  await expect(page.getByRole('table', { name: 'Audit events' }).getByRole('row').filter({ hasText: 'locked out after too many failed sign-ins' })).toHaveCount(1);
});
