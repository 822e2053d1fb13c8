import { expect, test } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg, openManagePage } from './support';

test('an admin manages roles and members of a new organisation and switches between organisations', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgA = uniqueName('RBAC Org A');
  const orgAId = await createOrg(page, orgA);
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await expect(tabs.getByRole('link', { name: 'Overview' })).toHaveClass(/active/);

  // Roles: the creator's org has the built-in roles; a custom one is made with the permission picker.
  await openManagePage(page, 'Roles');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgAId}/roles$`));
  const roles = page.getByRole('table', { name: 'Roles' });
  await expect(roles.getByRole('row').filter({ hasText: 'Owner' }).getByText('Built-in')).toBeVisible();

  await page.getByRole('link', { name: 'New role' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgAId}/roles/new$`));
  await page.getByLabel('Name', { exact: true }).fill('Night shift');
  await page.getByLabel('Description').fill('Reads things at night.');
  const orgRead = page.getByRole('checkbox', { name: /^org\.read/ });
  const auditRead = page.getByRole('checkbox', { name: /^audit\.read/ });
  await orgRead.check();
  await auditRead.check();
  await expect(orgRead).toBeChecked();
  await expect(auditRead).toBeChecked();
  await page.getByRole('button', { name: 'Create role' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgAId}/roles$`));
  await expect(page.getByText('Role “Night shift” created.')).toBeVisible();
  const nightRow = roles.getByRole('row').filter({ hasText: 'Night shift' });
  await expect(nightRow).toContainText('2');
  await expect(nightRow.getByText('Built-in')).toHaveCount(0);

  // The saved role reopens with exactly the two permissions picked.
  await nightRow.getByRole('link', { name: 'Night shift' }).click();
  await expect(page.getByRole('heading', { name: 'Night shift' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^org\.read/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^audit\.read/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /^members\.manage/ })).not.toBeChecked();

  // Members: the creator is the Owner; adding them again is a 409 shown under the email field.
  await openManagePage(page, 'Members');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgAId}/members$`));
  const members = page.getByRole('table', { name: 'Members' });
  const adminRow = members.getByRole('row').filter({ hasText: new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i') });
  await expect(adminRow).toHaveCount(1);
  await expect(adminRow.getByText('Owner', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add member' }).click();
  const form = page.getByRole('form', { name: 'Add member' });
  await form.getByLabel('Email').fill(email);
  await form.getByRole('checkbox', { name: 'Night shift' }).check();
  await form.getByRole('button', { name: 'Add member' }).click();
  await expect(page.locator('#add-member-email-error')).toContainText('already a member');
  await expect(form.getByLabel('Email')).toHaveClass(/is-invalid/);

  // A second organisation, then the navbar switcher moves between the two.
  await page.goto('/orgs/new');
  const orgB = uniqueName('RBAC Org B');
  const orgBId = await createOrg(page, orgB);
  const switcher = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Switch organisation' });
  await expect(switcher).toHaveText(new RegExp(orgB));

  // The switcher lists the first clients by name; other specs add clients to this database: find it by typing.
  await switcher.click();
  await page.getByTestId('org-switcher').getByPlaceholder('Type to find a client').fill(orgA);
  await page.getByTestId('org-switcher').getByRole('button', { name: orgA, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgAId}$`));
  await expect(page.getByRole('heading', { name: orgA })).toBeVisible();
  await expect(switcher).toHaveText(new RegExp(orgA));

  await switcher.click();
  await page.getByTestId('org-switcher').getByPlaceholder('Type to find a client').fill(orgB);
  await page.getByTestId('org-switcher').getByRole('button', { name: orgB, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgBId}$`));
  await expect(page.getByRole('heading', { name: orgB })).toBeVisible();
});
