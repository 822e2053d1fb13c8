import { expect, test } from '@playwright/test';
import { adminCredentials, openManagePage, uniqueName, signIn } from './support';

test('a wrong password shows the sign-in error', async ({ page }) => {
  const { email } = adminCredentials();
  await page.goto('/');
  await expect(page).toHaveURL(/\/login(\?|$)/);

  await signIn(page, email, 'not-the-password-123');

  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeEnabled();
});

test('an admin signs in, creates an organisation and finds it in the list', async ({ page }) => {
  const { email, password } = adminCredentials();

  await page.goto('/');
  await expect(page).toHaveURL(/\/login(\?|$)/);
  await signIn(page, email, password);

  // Password step, then authorization code + PKCE through /connect/authorize and /auth/callback; / is the home dashboard.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Home' })).toBeVisible();
  await expect(page.getByTestId('current-user')).toHaveText(email, { ignoreCase: true });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByRole('heading', { name: 'Organisations' })).toBeVisible();

  await page.getByRole('link', { name: 'New organisation' }).click();
  await expect(page).toHaveURL(/\/orgs\/new$/);

  // An empty name comes back from the API as a field error shown next to the field.
  const name = page.getByLabel('Name', { exact: true });
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(name).toHaveClass(/is-invalid/);
  await expect(page.locator('#org-name-error')).not.toBeEmpty();

  const orgName = uniqueName('E2E Org');
  await name.fill(orgName);
  await page.getByLabel('Notes').fill('Created by the Playwright suite.');
  await page.getByRole('button', { name: 'Create organisation' }).click();

  // A new client opens on its overview; its settings sit behind Manage.
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: orgName })).toBeVisible();
  await expect(page.getByText(`Organisation “${orgName}” created.`)).toBeVisible();
  await openManagePage(page, 'Settings');
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(orgName);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
  await expect(page).toHaveURL(/\/orgs$/);
  await page.getByLabel('Search organisations').fill(orgName);
  await expect(page).toHaveURL(/[?&]q=/);
  const table = page.getByRole('table', { name: 'Organisations' });
  await expect(table.getByRole('link', { name: orgName })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: 'Logout' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto('/orgs');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs$/);
});

test('an admin archives, unarchives and deletes an organisation', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  // The return URL survives the OIDC round trip.
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgName = uniqueName('E2E Archive');
  await page.getByLabel('Name', { exact: true }).fill(orgName);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page.getByRole('heading', { name: orgName })).toBeVisible();
  await openManagePage(page, 'Settings');
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}\/settings$/);
  // A reload keeps the session (tokens in sessionStorage) and reads the org from the API.
  await page.reload();
  await expect(page.getByRole('heading', { name: orgName })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete…' })).toHaveCount(0);

  // Each status change sends the etag it read (If-Match) and gets the new one back.
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Organisation archived.')).toBeVisible();
  await expect(page.getByText('Archived', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Unarchive' }).click();
  await expect(page.getByText('Organisation restored.')).toBeVisible();
  await page.getByLabel('Notes').fill('Edited by the Playwright suite.');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('Changes saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('Organisation archived.')).toBeVisible();

  await page.getByRole('button', { name: 'Delete…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete organisation' });
  await expect(dialog).toContainText(orgName);
  await dialog.getByRole('button', { name: 'Delete permanently' }).click();

  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page.getByText(`Organisation “${orgName}” deleted.`)).toBeVisible();
  await page.getByLabel('Search organisations').fill(orgName);
  await expect(page.getByText('No organisations match your search.')).toBeVisible();
});
