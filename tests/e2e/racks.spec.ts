import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { adminCredentials, uniqueName, signIn, createOrg } from './support';

/** The signed-in user's access token, as the SPA keeps it (oidc-client-ts, sessionStorage). */
async function accessToken(page: Page): Promise<string> {
  const token = await page.evaluate(() => {
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith('oidc.user:')) return (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token ?? null;
    }
    return null;
  });
  if (!token) throw new Error('The SPA holds no access token.');
  return token;
}

/**
 * Creates an asset through the API as the signed-in user. The call goes through the SPA origin (its /api proxy):
 * the token's issuer is that origin, which the API derives from the Host header.
 */
async function createServer(request: APIRequestContext, token: string, orgId: string, name: string): Promise<string> {
  const response = await request.post(`/api/v1/orgs/${orgId}/assets`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { type: 'server', name },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

test('an admin creates a 12U rack, mounts a server at U5 and sees it in the elevation', async ({ page, request }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Forgs%2Fnew$/);
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);

  const orgId = await createOrg(page, uniqueName('E2E Racks'));
  const token = await accessToken(page);
  const serverName = uniqueName('File server');
  const otherName = uniqueName('Backup server');
  await createServer(request, token, orgId, serverName);
  await createServer(request, token, orgId, otherName);

  await page.getByRole('navigation', { name: 'Organisation sections' }).getByRole('link', { name: 'Racks' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/racks$`));
  await expect(page.getByRole('heading', { name: 'Racks', exact: true })).toBeVisible();
  await expect(page.getByText('This organisation has no racks yet.')).toBeVisible();

  const rackName = uniqueName('Comms rack');
  await page.getByRole('button', { name: 'New rack' }).click();
  const rackForm = page.getByRole('form', { name: 'New rack' });
  await rackForm.getByLabel('Rack name').fill(rackName);
  await expect(rackForm.getByLabel('Height (U)')).toHaveValue('42');
  await rackForm.getByLabel('Height (U)').fill('12');
  await rackForm.getByRole('button', { name: 'Create rack' }).click();

  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/racks/[0-9a-f-]{36}$`));
  await expect(page.getByRole('heading', { name: rackName })).toBeVisible();
  await expect(page.getByText(`Rack “${rackName}” created.`)).toBeVisible();
  const elevation = page.getByRole('table', { name: `Elevation of ${rackName}` });
  // A header row and one row per unit, numbered from the top.
  await expect(elevation.getByRole('row')).toHaveCount(13);
  await expect(elevation.getByRole('rowheader').first()).toHaveText('12');

  // Mount the server at U5 from the empty unit: 2U, full depth.
  await elevation.getByRole('button', { name: 'Mount an asset at U5 (front)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Mount an asset' });
  await expect(dialog.getByLabel('Lowest unit (U)')).toHaveValue('5');
  await dialog.getByLabel('Find asset').fill(serverName);
  await dialog.getByLabel('Asset', { exact: true }).selectOption({ label: serverName });
  await dialog.getByLabel('Height (U)').fill('2');
  await dialog.getByRole('button', { name: 'Mount' }).click();

  await expect(page.getByText(`Mounted “${serverName}” at U5–U6 (front).`)).toBeVisible();
  await expect(dialog).toBeHidden();
  const blocks = elevation.getByRole('cell').filter({ hasText: serverName });
  await expect(blocks).toHaveCount(2);
  await expect(blocks.first()).toHaveAttribute('rowspan', '2');
  await expect(blocks.first()).toContainText('U5–U6 · full depth');
  await expect(elevation.getByRole('button', { name: 'Mount an asset at U5 (front)' })).toHaveCount(0);

  // A second server on U6 collides: the API's 409 names the one in the way.
  await elevation.getByRole('button', { name: 'Mount an asset at U7 (front)' }).click();
  await dialog.getByLabel('Find asset').fill(otherName);
  await dialog.getByLabel('Asset', { exact: true }).selectOption({ label: otherName });
  await dialog.getByLabel('Lowest unit (U)').fill('6');
  await dialog.getByRole('button', { name: 'Mount' }).click();
  await expect(dialog.getByLabel('Lowest unit (U)')).toHaveClass(/is-invalid/);
  await expect(dialog.locator('#mount-position-error')).toContainText(`taken by '${serverName}'`);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // The rack list counts the used units.
  await page.getByRole('navigation', { name: 'Racks sections' }).getByRole('link', { name: 'All racks' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/racks$`));
  const row = page.getByRole('table', { name: 'Racks' }).getByRole('row').filter({ hasText: rackName });
  await expect(row).toContainText('2 / 12 U');
});

test('the rack list pages with the server cursor and searches by name on the server', async ({ page, request }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Rack paging'));
  const token = await accessToken(page);

  // One more rack than a page holds (50), named so that the name order is known.
  for (let n = 1; n <= 51; n++) {
    const response = await request.post(`/api/v1/orgs/${orgId}/racks`, {
      headers: { Authorization: `Bearer ${token}` },
      data: { name: `Row ${String(n).padStart(3, '0')}`, heightU: 42 },
    });
    expect(response.status()).toBe(201);
  }

  await page.goto(`/orgs/${orgId}/racks`);
  const table = page.getByRole('table', { name: 'Racks' });
  const rows = table.getByRole('row');
  // A header row and 50 racks; the 51st is on the next page.
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText('Row 001');
  await expect(rows.last()).toContainText('Row 050');
  const pager = page.getByRole('navigation', { name: 'Pages' });
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Page 2');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Row 051');
  await expect(pager.getByRole('button', { name: 'Next' })).toBeDisabled();

  // The search is the server's q: it finds racks on any page, and starts again at the first page.
  await page.getByLabel('Search racks').fill('row 04');
  await expect(page).toHaveURL(/[?&]q=row\+04/);
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(1)).toContainText('Row 040');
  await expect(rows.last()).toContainText('Row 049');
  await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);
  await page.getByLabel('Search racks').fill('no such rack');
  await expect(page.getByText('No racks match your filters.')).toBeVisible();
});
