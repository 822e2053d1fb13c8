import { expect, test } from '@playwright/test';
import { adminCredentials, openAdminPage, uniqueName, signIn } from './support';

test('an admin finds the audit event of a new organisation and verifies the chain', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgName = uniqueName('E2E Audit');
  await page.getByLabel('Name', { exact: true }).fill(orgName);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: orgName })).toBeVisible();
  const orgId = new URL(page.url()).pathname.split('/').pop()!;

  // The organisation's own log, filtered by action through the URL-backed filter form.
  await page.getByRole('navigation', { name: 'Organisation sections' }).getByRole('link', { name: 'Audit log', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/audit$`));
  await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
  await page.getByLabel('Action').fill('org.created');
  await expect(page).toHaveURL(/[?&]action=org\.created/);
  const table = page.getByRole('table', { name: 'Audit events' });
  // Rows read as sentences: who created which organisation, by name.
  const row = table.getByRole('row').filter({ hasText: orgName }).filter({ hasText: 'created' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('success');

  await row.getByRole('button', { name: /Details of event/ }).click();
  const dialog = page.getByRole('dialog', { name: /Audit event \d+/ });
  await expect(dialog.getByTestId('audit-details-json')).toContainText(orgName);
  await expect(dialog).toContainText('User agent');
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  // The CSV export downloads through fetch + blob URL with the current filters.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/\.csv$/);

  // Platform-wide log: the free-text search finds the same event by the organisation id.
  await openAdminPage(page, 'Audit');
  await expect(page).toHaveURL(/\/audit$/);
  await page.getByRole('searchbox', { name: 'Search' }).fill(orgId);
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(page.getByRole('table', { name: 'Audit events' }).getByRole('row').filter({ hasText: orgName }).filter({ hasText: 'created' })).not.toHaveCount(0);

  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Chain intact' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/Chain intact: [\d,.\s]+ events in [\d,.\s]+ chains verified/)).toBeVisible();
});
