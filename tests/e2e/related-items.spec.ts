import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, createOrg, signIn, uniqueName } from './support';

// The page reads the clipboard back, as a browser lets it once the person allowed it (see vault-copy.spec.ts).
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

async function createAsset(page: Page, orgId: string, type: string, name: string): Promise<string> {
  await page.goto(`/orgs/${orgId}/assets/new`);
  await expect(page.getByRole('heading', { name: 'New asset' })).toBeVisible();
  await page.getByLabel('Type', { exact: true }).selectOption(type);
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create asset' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return page.url().split('/').pop()!;
}

test('a credential linked to two assets is copied from the related-items panel of one, beside its address and rack position', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Related'));
  const server = uniqueName('App server');
  const firewall = uniqueName('Edge firewall');
  const serverId = await createAsset(page, orgId, 'server', server);
  await createAsset(page, orgId, 'firewall', firewall);

  // An address for the server in IPAM, and a rack it is mounted in.
  await page.goto(`/orgs/${orgId}/ipam`);
  await page.getByRole('button', { name: 'New subnet' }).click();
  const subnetForm = page.getByRole('form', { name: 'New subnet' });
  await subnetForm.getByLabel('Network', { exact: true }).fill('10.60.0.0/24');
  await subnetForm.getByLabel('Name', { exact: true }).fill('E2E servers');
  await subnetForm.getByRole('button', { name: 'Create subnet' }).click();
  await page.getByRole('link', { name: '10.60.0.0/24' }).click();
  await page.getByRole('button', { name: 'Add address' }).click();
  const addressForm = page.getByRole('form', { name: 'Add address' });
  await addressForm.getByRole('button', { name: 'Use next free' }).click();
  await expect(addressForm.getByLabel('Address', { exact: true })).toHaveValue('10.60.0.1');
  await addressForm.getByLabel('Hostname', { exact: true }).fill('app-1');
  await addressForm.getByLabel('Find asset').fill(server);
  await addressForm.getByLabel('Asset', { exact: true }).selectOption({ label: server });
  await addressForm.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByRole('cell', { name: 'app-1' })).toBeVisible();

  const rackName = uniqueName('Comms rack');
  await page.goto(`/orgs/${orgId}/racks`);
  await page.getByRole('button', { name: 'New rack' }).click();
  const rackForm = page.getByRole('form', { name: 'New rack' });
  await rackForm.getByLabel('Rack name').fill(rackName);
  await rackForm.getByRole('button', { name: 'Create rack' }).click();
  // Creating opens the new rack (clicking its row in the list raced that navigation).
  await expect(page.getByRole('heading', { name: rackName })).toBeVisible();
  await page.getByRole('button', { name: 'Mount an asset at U5 (front)' }).click();
  const mount = page.getByRole('dialog');
  await mount.getByLabel('Find asset').fill(server);
  await mount.getByLabel('Asset', { exact: true }).selectOption({ label: server });
  await mount.getByRole('button', { name: 'Mount' }).click();
  await expect(mount).toBeHidden();

  // The credential form links both assets with the type-ahead picker.
  const credentialName = uniqueName('Service account');
  const secret = `E2E-${Math.random().toString(36).slice(2, 10)}-pw!`;
  await page.goto(`/orgs/${orgId}/vault/new`);
  await page.getByLabel('Name', { exact: true }).fill(credentialName);
  await page.getByLabel('Username', { exact: true }).fill('svc-app');
  await page.getByLabel('Password', { exact: true }).fill(secret);
  const picker = page.getByRole('group', { name: 'Assets' });
  for (const asset of [server, firewall]) {
    await picker.getByLabel('Find an asset to link').fill(asset);
    await picker.getByRole('group', { name: 'Matching assets' }).getByLabel(asset).check();
  }
  await expect(picker.getByRole('list', { name: 'Assets: linked' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Create credential' }).click();
  await expect(page.getByRole('heading', { name: credentialName })).toBeVisible();
  const linked = page.getByRole('list', { name: 'Linked assets' });
  await expect(linked.getByRole('link', { name: firewall })).toBeVisible();
  await linked.getByRole('link', { name: server }).click();

  // The server's panel: the credential with its copy buttons, the address with its hostname, the rack position.
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets/${serverId}$`));
  const panel = page.getByRole('complementary', { name: 'Related items' });
  const credentials = panel.getByRole('list', { name: 'Linked credentials' });
  await expect(credentials.getByRole('link', { name: credentialName })).toBeVisible();
  await credentials.getByRole('button', { name: 'Copy password' }).click();
  await expect(page.getByTestId('copy-notice')).toContainText(/Password copied — clears in \d+ s/);
  expect(await readClipboard(page)).toBe(secret);
  await expect(page.locator('body')).not.toContainText(secret);

  const addresses = panel.getByRole('table', { name: 'IP addresses' });
  await expect(addresses.getByRole('link', { name: '10.60.0.1' })).toBeVisible();
  await expect(addresses.getByRole('cell', { name: 'app-1' })).toBeVisible();
  await expect(panel.getByRole('link', { name: rackName })).toBeVisible();
  await expect(panel).toContainText('U5 (front)');
});
