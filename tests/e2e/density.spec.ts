import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, apiPost, createOrg, openAdminPage, signIn, uniqueName } from './support';

/** GETs as the signed-in user, with the SPA's own access token (oidc-client-ts keeps it in sessionStorage). */
async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (path) => {
    const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
    const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
    const response = await fetch(path, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    return (await response.json()) as T;
  }, path);
}

type Created = { id: string };

test('dense lists: the asset list sorts by its headers and folds its filters, a 42U rack fits the window, the platform audit reads as sentences', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgName = uniqueName('E2E Density');
  const orgId = await createOrg(page, orgName);
  const me = await apiGet<{ displayName: string }>(page, '/api/v1/me');

  // Three servers, the last with a documented address; a 42U rack with one of them and a patch panel.
  const tag = Date.now().toString(36);
  const names = ['Alpha', 'Mike', 'Zulu'].map((n) => `${n} ${tag}`);
  const ids: string[] = [];
  for (const name of names) ids.push((await apiPost<Created>(page, `/api/v1/orgs/${orgId}/assets`, { type: 'server', name })).id);
  await apiPost(page, `/api/v1/orgs/${orgId}/subnets`, { network: '10.42.0.0/24', name: 'Servers' });
  await apiPost(page, `/api/v1/orgs/${orgId}/ip-addresses`, { address: '10.42.0.7', hostname: `zulu-${tag}.example.lan`, assetId: ids[2] });
  const rack = await apiPost<Created>(page, `/api/v1/orgs/${orgId}/racks`, { name: `Rack ${tag}`, heightU: 42 });
  await apiPost(page, `/api/v1/orgs/${orgId}/racks/${rack.id}/placements`, { assetId: ids[1], positionU: 20, heightU: 2 });
  await apiPost(page, `/api/v1/orgs/${orgId}/patch-panels`, { name: `PP ${tag}`, portCount: 24, rackId: rack.id, positionU: 42 });

  // The asset list: sorted by name (A–Z) until the Name header's button turns it round.
  await page.goto(`/orgs/${orgId}/assets`);
  const table = page.getByRole('table', { name: 'Assets' });
  const nameHeader = table.getByRole('columnheader', { name: 'Name', exact: true });
  await expect(table.getByRole('row')).toHaveCount(4);
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(table.getByRole('row').nth(1)).toContainText(names[0]);
  await nameHeader.getByRole('button').click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=-name/);
  await expect(table.getByRole('row').nth(1)).toContainText(names[2]);
  await expect(table.getByRole('row').nth(3)).toContainText(names[0]);

  // The IP address and Hostname columns show the documented address.
  await expect(table.getByRole('columnheader', { name: 'IP address' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Hostname' })).toBeVisible();
  const zulu = table.getByRole('row').filter({ hasText: names[2] });
  await expect(zulu).toContainText('10.42.0.7');
  await expect(zulu).toContainText(`zulu-${tag}.example.lan`);

  // The filter bar folds to one line and back; the sort stays in the URL.
  const search = page.getByRole('searchbox', { name: 'Search assets' });
  await expect(search).toBeVisible();
  await page.getByRole('button', { name: 'Hide filters' }).click();
  await expect(search).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show filters' })).toHaveAttribute('aria-expanded', 'false');
  await page.getByRole('button', { name: 'Show filters' }).click();
  await expect(search).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide filters' })).toHaveAttribute('aria-expanded', 'true');

  // The 42U rack with its device and patch panel, whole inside a 1440×900 window.
  await page.goto(`/orgs/${orgId}/racks/${rack.id}`);
  const elevation = page.getByRole('table', { name: `Elevation of Rack ${tag}` });
  await expect(elevation.getByRole('row')).toHaveCount(43);
  const device = elevation.getByRole('cell').filter({ hasText: names[1] }).first();
  await expect(device).toHaveAttribute('rowspan', '2');
  const panel = elevation.locator('td[data-panel]');
  await expect(panel).toHaveCount(1);
  await expect(panel).toContainText('24 ports');
  await expect(panel.getByRole('link', { name: new RegExp(`^Patch panel PP ${tag} · U42`) })).toBeVisible();
  const box = (await elevation.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1440);
  expect(box.y + box.height).toBeLessThanOrEqual(900);

  // The platform audit page: sentences with the actor's name, an Organisation column, the actor picker narrows.
  await openAdminPage(page, 'Audit');
  await expect(page).toHaveURL(/\/audit$/);
  const events = page.getByRole('table', { name: 'Audit events' });
  await expect(events.getByRole('columnheader', { name: 'Organisation' })).toBeVisible();
  const created = events.getByRole('row').filter({ hasText: names[2] }).first();
  await expect(created).toContainText(me.displayName);
  await expect(created).toContainText(/created/i);
  await expect(created).toContainText(orgName);
  await page.getByLabel('Find a person').fill(email);
  const actor = page.getByLabel('Actor', { exact: true });
  await expect(actor.locator('option', { hasText: email })).toHaveCount(1);
  await actor.selectOption({ label: `${me.displayName} (${email})` });
  await expect(page).toHaveURL(/[?&]actorId=/);
  const rows = events.getByRole('row');
  await expect(rows.nth(1)).toBeVisible();
  for (const row of await rows.all()) {
    if ((await row.getByRole('cell').count()) === 0) continue; // the header row
    await expect(row).toContainText(me.displayName);
  }
});
