import { expect, test } from '@playwright/test';
import { adminCredentials, apiPost, signIn, uniqueName } from './support';

test('a client’s overview shows its counts and pinned credentials; a starred client and opened items follow the user to another browser', async ({ page, browser }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs$/);

  // A client with two assets, a pinned credential, a subnet, a rack and a key contact, made through the API.
  const org = await apiPost<{ id: string; name: string }>(page, '/api/v1/orgs', { name: uniqueName('E2E Overview') });
  const base = `/api/v1/orgs/${org.id}`;
  await apiPost(page, `${base}/assets`, { type: 'server', name: 'FS01', warrantyExpires: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10) });
  await apiPost(page, `${base}/assets`, { type: 'switch', name: 'SW01' });
  const credential = await apiPost<{ id: string; name: string }>(page, `${base}/vault/credentials`, {
    name: 'Domain admin',
    username: 'administrator',
    password: 'E2E-overview-pw-1',
    pinned: true,
  });
  await apiPost(page, `${base}/vault/credentials`, { name: 'Printer web UI', username: 'admin' });
  await apiPost(page, `${base}/subnets`, { network: '10.42.0.0/24', name: 'Office LAN' });
  await apiPost(page, `${base}/racks`, { name: 'Rack A', heightU: 42 });
  await apiPost(page, `${base}/contacts`, { name: 'Ada Lovelace', email: 'ada@example.test', role: 'IT lead', isKey: true });

  // The client's landing page is its overview: counts link to their tabs, the pinned credential has its copy buttons.
  await page.goto(`/orgs/${org.id}`);
  await expect(page.getByRole('heading', { level: 1, name: org.name })).toBeVisible();
  await expect(page).toHaveTitle(new RegExp(org.name));
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await expect(tabs.getByRole('link', { name: 'Overview' })).toHaveClass(/active/);
  const counts = page.getByRole('list', { name: 'Counts' });
  await expect(counts.getByTestId('count-assets')).toHaveText('2');
  await expect(counts.getByTestId('count-credentials')).toHaveText('2');
  await expect(counts.getByTestId('count-subnets')).toHaveText('1');
  await expect(counts.getByTestId('count-racks')).toHaveText('1');
  const pinned = page.getByRole('region', { name: /Pinned credentials/ });
  await expect(pinned.getByRole('link', { name: 'Domain admin' })).toBeVisible();
  await expect(pinned.getByRole('link', { name: 'Printer web UI' })).toHaveCount(0);
  await expect(pinned.getByRole('button', { name: 'Copy username of Domain admin' })).toBeVisible();
  await expect(pinned.getByRole('button', { name: 'Copy password of Domain admin' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Key contacts/ })).toContainText('Ada Lovelace');
  await expect(page.getByRole('region', { name: /Warranties ending/ }).getByRole('link', { name: 'FS01' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Recent changes/ })).toContainText('created asset FS01');

  // A count opens its tab.
  await counts.getByRole('link', { name: /Racks/ }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}/racks$`));
  await page.goBack();

  // Star the client: a toggle button, pressed once saved.
  const star = page.getByRole('button', { name: `Favourite ${org.name}` });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  // Opening the pinned credential records it among the recently used items.
  await pinned.getByRole('link', { name: 'Domain admin' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${org.id}/vault/${credential.id}$`));
  await expect(page.getByRole('button', { name: 'Favourite Domain admin' })).toHaveAttribute('aria-pressed', 'false');

  // Home lists the client under favourites, and the client and the credential under recently used.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const favourites = page.getByRole('list', { name: 'Favourites' });
  await expect(favourites.getByRole('link', { name: org.name })).toHaveAttribute('href', `/orgs/${org.id}`);
  const recents = page.getByRole('list', { name: 'Recently used' });
  await expect(recents.getByRole('link', { name: 'Domain admin' })).toHaveAttribute('href', `/orgs/${org.id}/vault/${credential.id}`);
  await expect(recents.getByRole('link', { name: org.name })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Clients' }).getByRole('link', { name: org.name })).toBeVisible();

  // Another browser (a new context: no shared storage or cookies) signs in and sees the same favourites: they are on the server.
  const other = await browser.newContext();
  try {
    const second = await other.newPage();
    await second.goto('/');
    await expect(second).toHaveURL(/\/login/);
    await signIn(second, email, password);
    await expect(second).toHaveURL(/\/$/);
    await expect(second.getByRole('list', { name: 'Favourites' }).getByRole('link', { name: org.name })).toBeVisible();
    await second.getByRole('list', { name: 'Favourites' }).getByRole('link', { name: org.name }).click();
    await expect(second.getByRole('button', { name: `Favourite ${org.name}` })).toHaveAttribute('aria-pressed', 'true');
  } finally {
    await other.close();
  }
});
