import { expect, test } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg, openManagePage } from './support';

function apiUrl() {
  const url = process.env.E2E_API_URL;
  if (!url) throw new Error('E2E_API_URL is required (the API origin, e.g. http://127.0.0.1:5080).');
  return url.replace(/\/$/, '');
}

test('an admin issues an org API key, the key gets a token that reads the org, and revoking it ends that token', async ({ page, request }) => {
  const { email, password } = adminCredentials();
  const api = apiUrl();

  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgName = uniqueName('E2E Keys');
  const orgId = await createOrg(page, orgName);

  await openManagePage(page, 'API keys');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/api-keys$`));
  await expect(page.getByRole('heading', { name: 'API keys' })).toBeVisible();
  await expect(page.getByText(/No active API keys/)).toBeVisible();

  // A key with org.read only; vault.reveal is never on offer.
  const keyName = uniqueName('E2E key');
  await page.getByRole('button', { name: 'New API key' }).click();
  const form = page.getByRole('dialog', { name: 'New API key' });
  await form.getByLabel('Name', { exact: true }).fill(keyName);
  await expect(form.getByRole('checkbox', { name: /^vault\.reveal/ })).toBeDisabled();
  await form.getByRole('checkbox', { name: /^org\.read/ }).check();
  await form.getByRole('button', { name: 'Create key' }).click();

  // Creating a key needs a fresh sign-in; the one just made counts, but confirm the password if the API asks.
  const secretDialog = page.getByRole('dialog', { name: 'API key created' });
  const reauth = page.getByRole('dialog', { name: 'Confirm it is you' });
  await expect(secretDialog.or(reauth)).toBeVisible();
  if (await reauth.isVisible()) {
    await reauth.getByLabel('Password').fill(password);
    await reauth.getByRole('button', { name: 'Confirm' }).click();
  }
  await expect(secretDialog).toBeVisible();
  await expect(secretDialog).toContainText('will not be shown again');
  const clientId = await secretDialog.getByRole('textbox', { name: 'Client ID', exact: true }).inputValue();
  const clientSecret = await secretDialog.getByRole('textbox', { name: 'Client secret', exact: true }).inputValue();
  expect(clientId).toMatch(/^csk_/);
  expect(clientSecret).toMatch(/^css_/);
  await expect(secretDialog.getByTestId('secret-curl')).toContainText(`-d client_id=${clientId} -d client_secret=${clientSecret}`);

  // The dialog stays until the secret is marked as stored.
  const done = secretDialog.getByRole('button', { name: 'Done' });
  await expect(done).toBeDisabled();
  await secretDialog.getByLabel('I have stored the secret').check();
  await done.click();
  await expect(secretDialog).toBeHidden();

  const keys = page.getByRole('table', { name: 'API keys' });
  const row = keys.getByRole('row').filter({ hasText: keyName });
  await expect(row).toContainText(clientId);
  await expect(row.getByText('org.read', { exact: true })).toBeVisible();
  await expect(row.getByText('Active', { exact: true })).toBeVisible();

  // Client credentials straight against the API, then the token reads the organisation.
  const tokenResponse = await request.post(`${api}/connect/token`, {
    form: { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret },
  });
  expect(tokenResponse.status()).toBe(200);
  const { access_token: accessToken } = (await tokenResponse.json()) as { access_token: string };
  expect(accessToken).toBeTruthy();
  const headers = { Authorization: `Bearer ${accessToken}` };
  const orgResponse = await request.get(`${api}/api/v1/orgs/${orgId}`, { headers });
  expect(orgResponse.status()).toBe(200);
  expect(((await orgResponse.json()) as { name: string }).name).toBe(orgName);

  // Revoking in the UI ends the token already issued.
  await page.getByRole('button', { name: `Revoke ${keyName}` }).click();
  const confirm = page.getByRole('dialog', { name: 'Revoke API key' });
  await expect(confirm).toContainText(clientId);
  await confirm.getByRole('button', { name: 'Revoke' }).click();
  await expect(page.getByText(`API key “${keyName}” revoked.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  // The switch is driven by the URL (?includeRevoked=true): click, then wait for the navigation to tick it.
  const showRevoked = page.getByRole('switch', { name: 'Show revoked' });
  await showRevoked.click();
  await expect(showRevoked).toBeChecked();
  await expect(row.getByText('Revoked', { exact: true })).toBeVisible();

  const afterRevoke = await request.get(`${api}/api/v1/orgs/${orgId}`, { headers });
  expect(afterRevoke.status()).toBe(401);
});
