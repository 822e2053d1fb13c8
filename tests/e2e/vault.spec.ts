import { expect, test } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg } from './support';

test('an admin stores a credential in a new organisation’s vault and reveals its password', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgId = await createOrg(page, uniqueName('E2E Vault'));
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await tabs.getByRole('link', { name: 'Vault' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/vault$`));
  await expect(page.getByRole('heading', { name: 'Vault' })).toBeVisible();
  await expect(page.getByText('The vault has no credentials yet.')).toBeVisible();

  await page.getByRole('link', { name: 'New credential' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/vault/new$`));

  // An empty name comes back from the API as a field error next to the field.
  const name = page.getByLabel('Name', { exact: true });
  await page.getByRole('button', { name: 'Create credential' }).click();
  await expect(name).toHaveClass(/is-invalid/);
  await expect(page.locator('#credential-name-error')).not.toBeEmpty();

  const credentialName = uniqueName('Core router');
  const secret = `E2E-${Math.random().toString(36).slice(2, 10)}-pw!`;
  await name.fill(credentialName);
  await page.getByLabel('Username', { exact: true }).fill('admin');
  await page.getByLabel('URL', { exact: true }).fill('https://10.0.0.1');
  await page.getByLabel('Tags', { exact: true }).fill('network, e2e');
  // The generator fills the field; the password typed afterwards is the one stored.
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await page.getByRole('group', { name: 'Password generator' }).getByRole('button', { name: 'Generate password' }).click();
  const passwordInput = page.getByLabel('Password', { exact: true });
  await expect(passwordInput).not.toHaveValue('');
  await passwordInput.fill(secret);
  await page.getByRole('button', { name: 'Create credential' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/vault/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { name: credentialName })).toBeVisible();
  await expect(page.getByText(`Credential “${credentialName}” created.`)).toBeVisible();

  const passwordRow = page.getByRole('group', { name: 'Password' });
  await expect(passwordRow).toContainText('••••••••');
  await expect(passwordRow).not.toContainText(secret);

  await passwordRow.getByRole('button', { name: 'Reveal password' }).click();
  // Signing in counts as a fresh authentication; should the window have passed, the re-auth dialog asks once.
  const revealed = passwordRow.getByText(secret, { exact: true });
  const reauth = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(revealed.or(reauth)).toBeVisible();
  if (await reauth.isVisible()) {
    await reauth.getByLabel('Password').fill(password);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(revealed).toBeVisible();
  await expect(passwordRow).toContainText(/Hides in \d+ s/);

  await passwordRow.getByRole('button', { name: 'Hide password' }).click();
  await expect(revealed).toHaveCount(0);
  await expect(passwordRow).toContainText('••••••••');

  // The list shows the credential with a password icon, never its value.
  await page.getByRole('link', { name: 'Back to the vault' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/vault$`));
  const row = page.getByRole('table', { name: 'Credentials' }).getByRole('row').filter({ hasText: credentialName });
  await expect(row.getByRole('img', { name: 'Password' })).toBeVisible();
  await expect(row).not.toContainText(secret);
});
