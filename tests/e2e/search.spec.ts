import { expect, test } from '@playwright/test';
import { adminCredentials, apiPost, signIn, uniqueName } from './support';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('search finds an asset of another client from the palette, the results page filters, the switcher keeps the section', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs$/);
  await expect(page).toHaveTitle('Organisations · ClientStor');

  // Two clients with data from the API; one word finds all of it.
  const word = `zq${Math.random().toString(36).slice(2, 8)}`;
  const orgA = await apiPost<{ id: string; name: string }>(page, '/api/v1/orgs', { name: uniqueName('Search Alpha') });
  const orgB = await apiPost<{ id: string; name: string }>(page, '/api/v1/orgs', { name: uniqueName('Search Beta') });
  const serial = `SN-${word.toUpperCase()}-7`;
  await apiPost(page, `/api/v1/orgs/${orgA.id}/assets`, { type: 'server', name: `${word}-fs-01` });
  const switchB = await apiPost<{ id: string; name: string }>(page, `/api/v1/orgs/${orgB.id}/assets`, { type: 'switch', name: `${word}-sw-01`, serial });
  await apiPost(page, `/api/v1/orgs/${orgA.id}/vault/credentials`, { name: `${word} firewall admin`, username: 'admin' });

  await page.goto(`/orgs/${orgA.id}/vault`);
  await expect(page.getByRole('heading', { name: 'Vault' })).toBeVisible();
  await expect(page).toHaveTitle(`Vault · ${orgA.name} · ClientStor`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: orgA.name })).toBeVisible();

  // Ctrl+K: type, then walk down the groups with the keyboard to the other client's switch.
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search every client' });
  const input = palette.getByRole('combobox', { name: 'Search' });
  await expect(input).toBeFocused();
  await input.fill(word);
  const results = palette.getByRole('listbox', { name: 'Search results' });
  await expect(results.getByRole('group', { name: 'Assets' }).getByRole('option')).toHaveCount(2);
  await expect(results.getByRole('group', { name: 'Credentials' }).getByRole('option')).toHaveCount(1);
  const target = results.getByRole('option', { name: new RegExp(escape(switchB.name)) });
  await expect(target).toContainText(orgB.name);
  await expect(target.locator('mark')).toHaveText(word);
  for (let i = 0; i < 10 && (await target.getAttribute('aria-selected')) !== 'true'; i++) await input.press('ArrowDown');
  await expect(target).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', (await target.getAttribute('id'))!);
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgB.id}/assets/${switchB.id}$`));
  await expect(page.getByRole('heading', { name: switchB.name })).toBeVisible();
  await expect(palette).toBeHidden();
  await expect(page).toHaveTitle(`${switchB.name} · ${orgB.name} · ClientStor`);

  // "/" outside a field opens it too; the serial is found and shown as what matched. Escape closes it.
  await page.getByRole('heading', { name: switchB.name }).click();
  await page.keyboard.press('/');
  await expect(input).toBeFocused();
  await input.fill(serial.toLowerCase());
  await expect(results.getByRole('option', { name: new RegExp(escape(switchB.name)) })).toContainText(`Serial: ${serial}`);
  await input.press('Escape');
  await expect(palette).toBeHidden();

  // The results page: the last option, "See all results", then the type and client filters, kept in the URL.
  await page.keyboard.press('Control+k');
  await input.fill(word);
  await expect(results.getByRole('option', { name: `See all results for “${word}”` })).toBeVisible();
  await input.press('ArrowUp');
  await input.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${word}$`));
  await expect(page).toHaveTitle(`Search: ${word} · ClientStor`);
  const assets = page.getByRole('region', { name: /Assets/ });
  await expect(assets.getByRole('link')).toHaveCount(2);
  // The chips are labelled checkboxes: a click on the chip (the label) toggles the type.
  const chips = page.getByRole('group', { name: 'Types' });
  await chips.getByText('Credentials', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Credentials' })).toBeChecked();
  await expect(page).toHaveURL(/types=credential/);
  await expect(page.getByRole('region', { name: /Credentials/ }).getByRole('link', { name: new RegExp(`${word} firewall admin`) })).toBeVisible();
  await expect(assets).toBeHidden();
  await chips.getByText('Assets', { exact: true }).click();
  await expect(page.getByRole('checkbox', { name: 'Assets' })).toBeChecked();
  await page.getByLabel('Client', { exact: true }).selectOption({ label: orgB.name });
  await expect(page).toHaveURL(new RegExp(`orgId=${orgB.id}`));
  await expect(assets.getByRole('link')).toHaveCount(1);
  await expect(assets.getByRole('link')).toContainText(switchB.name);
  await expect(page.getByRole('region', { name: /Credentials/ })).toBeHidden();
  // A bookmark of the page comes back with the same filters.
  await page.reload();
  await expect(page.getByLabel('Client', { exact: true })).toHaveValue(orgB.id);
  await expect(page.getByRole('checkbox', { name: 'Assets' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Clients' })).not.toBeChecked();
  await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(word);
  await assets.getByRole('link', { name: new RegExp(escape(switchB.name)) }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgB.id}/assets/${switchB.id}$`));

  // The switcher keeps the section: from B's asset to A's assets list, from A's vault to B's vault.
  const switcher = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Switch organisation' });
  await expect(switcher).toHaveText(new RegExp(escape(orgB.name)));
  await switcher.click();
  await page.getByRole('searchbox', { name: 'Find an organisation' }).fill(orgA.name);
  await page.getByTestId('org-switcher').getByRole('button', { name: orgA.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgA.id}/assets$`));
  await expect(page.getByRole('heading', { name: 'Assets', exact: true })).toBeVisible();
  await expect(page).toHaveTitle(`Assets · ${orgA.name} · ClientStor`);

  await page.goto(`/orgs/${orgA.id}/vault`);
  await expect(page).toHaveTitle(`Vault · ${orgA.name} · ClientStor`);
  await switcher.click();
  const find = page.getByRole('searchbox', { name: 'Find an organisation' });
  await expect(find).toBeFocused();
  await find.fill(orgB.name);
  await expect(page.getByTestId('org-switcher').getByRole('button', { name: orgB.name, exact: true })).toBeVisible();
  await expect(page.getByTestId('org-switcher').getByRole('button', { name: orgA.name, exact: true })).toBeHidden();
  await find.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgB.id}/vault$`));
  await expect(page.getByRole('heading', { name: 'Vault' })).toBeVisible();
  await expect(page).toHaveTitle(`Vault · ${orgB.name} · ClientStor`);
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: orgB.name })).toBeVisible();
  await expect(switcher).toHaveText(new RegExp(escape(orgB.name)));
});
