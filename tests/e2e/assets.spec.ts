import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg } from './support';

test('an admin adds a site, creates a switch there, finds it by serial and adds an interface', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgId = await createOrg(page, uniqueName('E2E Assets'));
  await page.getByRole('navigation', { name: 'Organisation sections' }).getByRole('link', { name: 'Assets' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets$`));
  await expect(page.getByRole('heading', { name: 'Assets', exact: true })).toBeVisible();
  await expect(page.getByText('This organisation has no assets yet.')).toBeVisible();

  // The site comes first: assets pick their location from the client's Locations tab.
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await tabs.getByRole('link', { name: 'Locations' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/locations$`));
  await page.getByRole('button', { name: 'New location' }).click();
  const siteName = uniqueName('Head office');
  const locationForm = page.getByRole('form', { name: 'New location' });
  await locationForm.getByLabel('Location name').fill(siteName);
  await expect(locationForm.getByLabel('Kind')).toHaveValue('site');
  await locationForm.getByLabel('Address').fill('1 Main Street');
  await locationForm.getByRole('button', { name: 'Create location' }).click();
  await expect(page.getByText(`Location “${siteName}” created.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Locations' }).getByRole('row').filter({ hasText: siteName })).toContainText('Site');

  await tabs.getByRole('link', { name: 'Assets' }).click();
  await page.getByRole('link', { name: 'New asset' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets/new$`));
  // The router renders the lazily loaded page in a transition: the list (with its own "Type" filter) can still be on
  // screen after the URL changed, so wait for the form before touching "Type".
  await expect(page.getByRole('heading', { name: 'New asset' })).toBeVisible();

  // An empty name comes back from the API as a field error next to the field.
  await page.getByLabel('Type', { exact: true }).selectOption('switch');
  const name = page.getByLabel('Name', { exact: true });
  await page.getByRole('button', { name: 'Create asset' }).click();
  await expect(name).toHaveClass(/is-invalid/);
  await expect(page.locator('#asset-name-error')).not.toBeEmpty();

  const assetName = uniqueName('Core switch');
  const serial = `SN-${Date.now().toString(36).toUpperCase()}`;
  await name.fill(assetName);
  await page.getByLabel('Serial number').fill(serial);
  await page.getByLabel('Manufacturer').fill('Cisco');
  await page.getByLabel('Location', { exact: true }).selectOption({ label: siteName });
  await page.getByLabel('Tags').fill('core, e2e');
  await page.getByRole('button', { name: 'Create asset' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets/[0-9a-f-]{36}$`));
  const assetUrl = page.url();
  await expect(page.getByRole('heading', { name: assetName })).toBeVisible();
  await expect(page.getByText(`Asset “${assetName}” created.`)).toBeVisible();
  await expect(page.getByRole('link', { name: siteName })).toBeVisible();
  await expect(page.getByText(serial, { exact: true })).toBeVisible();

  // Search by serial: the filter lands in the URL and the list shows the switch.
  await page.getByRole('link', { name: 'Back to the assets' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets$`));
  await page.getByLabel('Search assets').fill(serial);
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets\\?q=${serial}$`));
  const row = page.getByRole('table', { name: 'Assets' }).getByRole('row').filter({ hasText: assetName });
  await expect(row).toContainText('Switch');
  await expect(row).toContainText(siteName);

  // The export takes the list's filters and arrives as a file download (fetched with the token, saved from a blob).
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`assets-${orgId}.csv`);
  const exported = await readFile(await file.path(), 'utf8');
  expect(exported.split(/\r?\n/)[0]).toMatch(/^id,type,name,serial,/);
  expect(exported).toContain(serial);

  await row.getByRole('link', { name: assetName }).click();
  await expect(page).toHaveURL(assetUrl);

  await expect(page.getByText('No interfaces recorded.')).toBeVisible();
  const interfaceForm = page.getByRole('form', { name: 'Add interface' });
  await interfaceForm.getByLabel('Interface name').fill('Gi1/0/1');
  await interfaceForm.getByLabel('MAC address').fill('AA-BB-CC-00-11-22');
  await interfaceForm.getByLabel('Description').fill('Uplink to the firewall');
  await interfaceForm.getByRole('button', { name: 'Add interface' }).click();

  const interfaces = page.getByRole('table', { name: 'Interfaces' });
  const interfaceRow = interfaces.getByRole('row').filter({ hasText: 'Gi1/0/1' });
  await expect(interfaceRow).toContainText('aa:bb:cc:00:11:22');
  await expect(interfaceRow).toContainText('Uplink to the firewall');
  await expect(interfaceForm.getByLabel('Interface name')).toHaveValue('');

  // A second interface of the same name is refused (409) next to the name.
  await interfaceForm.getByLabel('Interface name').fill('gi1/0/1');
  await interfaceForm.getByRole('button', { name: 'Add interface' }).click();
  await expect(interfaceForm.getByLabel('Interface name')).toHaveClass(/is-invalid/);
  await expect(page.locator('#interface-name-error')).toContainText('already has an interface');
});
