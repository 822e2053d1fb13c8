import { expect, test } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg } from './support';

test('an admin creates a subnet, takes its next free address and sees the utilisation change', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgId = await createOrg(page, uniqueName('E2E IPAM'));
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await tabs.getByRole('link', { name: 'IPAM' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/ipam$`));
  await expect(page.getByRole('heading', { name: 'IPAM' })).toBeVisible();
  await expect(page.getByText(/No subnets yet/)).toBeVisible();

  await page.getByRole('button', { name: 'New subnet' }).click();
  const subnetForm = page.getByRole('form', { name: 'New subnet' });
  await subnetForm.getByLabel('Network', { exact: true }).fill('10.50.0.0/24');
  await subnetForm.getByLabel('Name', { exact: true }).fill('E2E LAN');
  await subnetForm.getByRole('button', { name: 'Create subnet' }).click();
  await expect(page.getByText('Subnet 10.50.0.0/24 created.')).toBeVisible();

  const subnets = page.getByRole('table', { name: 'Subnets' });
  const subnetRow = subnets.getByRole('row').filter({ hasText: '10.50.0.0/24' });
  await expect(subnetRow).toContainText('E2E LAN');
  await expect(subnetRow).toContainText('0 / 254');

  await subnetRow.getByRole('link', { name: '10.50.0.0/24' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/ipam/subnets/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { name: /10\.50\.0\.0\/24/ })).toBeVisible();
  await expect(page.getByText('0 of 254 usable addresses documented')).toBeVisible();
  await expect(page.getByText('No addresses are documented in this subnet yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Add address' }).click();
  const addressForm = page.getByRole('form', { name: 'Add address' });
  await addressForm.getByRole('button', { name: 'Use next free' }).click();
  await expect(addressForm.getByLabel('Address', { exact: true })).toHaveValue('10.50.0.1');
  await addressForm.getByLabel('Hostname', { exact: true }).fill('e2e-host');
  await addressForm.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByText('10.50.0.1 saved.')).toBeVisible();

  const addressRow = page.getByRole('table', { name: 'IP addresses' }).getByRole('row').filter({ hasText: '10.50.0.1' });
  await expect(addressRow).toContainText('e2e-host');
  await expect(addressRow).toContainText('Active');
  await expect(page.getByText('1 of 254 usable addresses documented')).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Utilisation of 10.50.0.0/24' })).toHaveAttribute('aria-valuetext', '0.39%');

  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'IPAM', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/ipam$`));
  await expect(subnets.getByRole('row').filter({ hasText: '10.50.0.0/24' })).toContainText('1 / 254');
});
