import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, signIn, uniqueName } from './support';

/**
 * axe-core on every page of the SPA, in the light and the dark colour scheme: no serious or critical violation of
 * WCAG 2.1 A/AA. A new page is one line in PAGES (its path from the ids of the data made below).
 */

type Ids = { org: string; asset: string; credential: string; subnet: string; rack: string; role: string; user: string; team: string; article: string };

const PAGES: { name: string; path: (ids: Ids) => string }[] = [
  { name: 'home', path: () => '/' },
  { name: 'organisations', path: () => '/orgs' },
  { name: 'new organisation', path: () => '/orgs/new' },
  { name: 'client landing', path: (i) => `/orgs/${i.org}` },
  { name: 'client settings', path: (i) => `/orgs/${i.org}/settings` },
  { name: 'members', path: (i) => `/orgs/${i.org}/members` },
  { name: 'roles', path: (i) => `/orgs/${i.org}/roles` },
  { name: 'new role', path: (i) => `/orgs/${i.org}/roles/new` },
  { name: 'role', path: (i) => `/orgs/${i.org}/roles/${i.role}` },
  { name: 'client API keys', path: (i) => `/orgs/${i.org}/api-keys` },
  { name: 'client audit', path: (i) => `/orgs/${i.org}/audit` },
  { name: 'vault', path: (i) => `/orgs/${i.org}/vault` },
  { name: 'new credential', path: (i) => `/orgs/${i.org}/vault/new` },
  { name: 'credential', path: (i) => `/orgs/${i.org}/vault/${i.credential}` },
  { name: 'edit credential', path: (i) => `/orgs/${i.org}/vault/${i.credential}/edit` },
  { name: 'docs', path: (i) => `/orgs/${i.org}/docs` },
  { name: 'new article', path: (i) => `/orgs/${i.org}/docs/new` },
  { name: 'article', path: (i) => `/orgs/${i.org}/docs/articles/${i.article}` },
  { name: 'edit article', path: (i) => `/orgs/${i.org}/docs/articles/${i.article}/edit` },
  { name: 'article history', path: (i) => `/orgs/${i.org}/docs/articles/${i.article}/history` },
  { name: 'assets', path: (i) => `/orgs/${i.org}/assets` },
  { name: 'new asset', path: (i) => `/orgs/${i.org}/assets/new` },
  { name: 'directory', path: (i) => `/orgs/${i.org}/assets/directory` },
  { name: 'asset', path: (i) => `/orgs/${i.org}/assets/${i.asset}` },
  { name: 'edit asset', path: (i) => `/orgs/${i.org}/assets/${i.asset}/edit` },
  { name: 'contacts', path: (i) => `/orgs/${i.org}/contacts` },
  { name: 'locations', path: (i) => `/orgs/${i.org}/locations` },
  { name: 'IPAM', path: (i) => `/orgs/${i.org}/ipam` },
  { name: 'subnet', path: (i) => `/orgs/${i.org}/ipam/subnets/${i.subnet}` },
  { name: 'racks', path: (i) => `/orgs/${i.org}/racks` },
  { name: 'patch panels', path: (i) => `/orgs/${i.org}/racks/panels` },
  { name: 'rack', path: (i) => `/orgs/${i.org}/racks/${i.rack}` },
  { name: 'discovery', path: (i) => `/orgs/${i.org}/discovery` },
  { name: 'audit', path: () => '/audit' },
  { name: 'security events', path: () => '/security' },
  { name: 'users', path: () => '/users' },
  { name: 'user', path: (i) => `/users/${i.user}` },
  { name: 'teams', path: () => '/teams' },
  { name: 'team', path: (i) => `/teams/${i.team}` },
  { name: 'platform roles', path: () => '/platform-roles' },
  { name: 'new platform role', path: () => '/platform-roles/new' },
  { name: 'security settings', path: () => '/settings/security' },
  { name: 'platform API keys', path: () => '/settings/api-keys' },
  { name: 'account', path: () => '/account' },
  { name: 'search results', path: () => '/search?q=a11y' },
  { name: 'not found', path: () => '/no-such-page' },
];

const SCHEMES = ['light', 'dark'] as const;

type Finding = string;

async function check(page: Page, where: string, findings: Finding[], include?: string) {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  for (const v of violations) {
    if (v.impact !== 'serious' && v.impact !== 'critical') continue;
    for (const node of v.nodes) {
      findings.push(`${where}: ${v.id} (${v.impact}) at ${node.target.join(' ')} — ${v.helpUrl}\n    ${node.failureSummary?.replace(/\n/g, ' ') ?? ''}`);
    }
  }
}

/** Waits until the page has rendered its content: a heading in <main>, no spinner. */
async function settled(page: Page) {
  // Generous: the machine running the suite may be busy.
  await expect(page.locator('main').getByRole('heading').first()).toBeVisible({ timeout: 45_000 });
  await expect(page.locator('main .spinner-border')).toHaveCount(0, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
}

async function api<T>(page: Page, method: string, path: string, body?: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
      const response = await fetch(path, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
    { method, path, body },
  );
}

test('every page passes axe (WCAG 2.1 A/AA, no serious or critical violation) in light and dark', async ({ page, browser }) => {
  test.setTimeout(25 * 60_000);
  const findings: Finding[] = [];
  const checked: string[] = [];

  // Signed out: the login page.
  for (const colorScheme of SCHEMES) {
    const context = await browser.newContext({ colorScheme });
    const anonymous = await context.newPage();
    await anonymous.goto('/login');
    await expect(anonymous.getByLabel('Email')).toBeVisible();
    await check(anonymous, `login [${colorScheme}]`, findings);
    checked.push(`login [${colorScheme}]`);
    await context.close();
  }

  const { email, password } = adminCredentials();
  await page.goto('/orgs');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs$/, { timeout: 45_000 });

  // A client with one of everything, through the API.
  const org = await api<{ id: string }>(page, 'POST', '/api/v1/orgs', { name: uniqueName('A11y Client') });
  const o = `/api/v1/orgs/${org.id}`;
  const asset = await api<{ id: string }>(page, 'POST', `${o}/assets`, { type: 'server', name: 'a11y-fs-01', serial: 'SN-A11Y-1' });
  const credential = await api<{ id: string }>(page, 'POST', `${o}/vault/credentials`, {
    name: 'a11y firewall admin',
    username: 'admin',
    password: 'Correct-Horse-9',
    url: 'https://10.0.0.1',
    assetIds: [asset.id],
  });
  await api(page, 'POST', `${o}/contacts`, { name: 'Ada Contact', email: 'ada@example.com', phone: '+44 20 0000 0000', isKey: true });
  const location = await api<{ id: string }>(page, 'POST', `${o}/locations`, { kind: 'site', name: 'Head office', address: '1 Main Street' });
  const subnet = await api<{ id: string }>(page, 'POST', `${o}/subnets`, { network: '10.20.0.0/24', name: 'Office LAN', locationId: location.id });
  const rack = await api<{ id: string }>(page, 'POST', `${o}/racks`, { name: 'Rack A', heightU: 42, locationId: location.id });
  const roles = await api<{ id: string }[] | { items: { id: string }[] }>(page, 'GET', `${o}/roles`);
  const role = (Array.isArray(roles) ? roles : roles.items)[0];
  const me = await api<{ id: string }>(page, 'GET', '/api/v1/me');
  const team = await api<{ id: string }>(page, 'POST', '/api/v1/teams', { name: uniqueName('A11y team'), description: 'First line' });
  await api(page, 'POST', `/api/v1/teams/${team.id}/grants`, { orgId: org.id, roleId: role.id });
  await api(page, 'POST', `${o}/racks/${rack.id}/placements`, { assetId: asset.id, positionU: 20, heightU: 2, face: 'front' });
  const docFolder = await api<{ id: string }>(page, 'POST', `${o}/docs/folders`, { name: 'Network' });
  const article = await api<{ id: string }>(page, 'POST', `${o}/docs/articles`, { title: 'Onboarding', template: 'client-onboarding', folderId: docFolder.id, tags: ['a11y'], assetIds: [asset.id] });
  const ids: Ids = { org: org.id, asset: asset.id, credential: credential.id, subnet: subnet.id, rack: rack.id, role: role.id, user: me.id, team: team.id, article: article.id };

  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    for (const p of PAGES) {
      const where = `${p.name} ${p.path(ids)} [${colorScheme}]`;
      await test.step(where, async () => {
        await page.goto(p.path(ids));
        await settled(page);
        await check(page, where, findings);
        checked.push(where);
      });
    }

    // Dialogs: the search palette, the re-auth prompt, a confirmation.
    await test.step(`dialogs [${colorScheme}]`, async () => {
      await page.goto(`/orgs/${ids.org}/assets`);
      await settled(page);
      await page.keyboard.press('Control+k');
      const palette = page.getByRole('dialog', { name: 'Search every client' });
      await palette.getByRole('combobox', { name: 'Search' }).fill('a11y');
      await expect(palette.getByRole('option').first()).toBeVisible();
      await check(page, `search palette [${colorScheme}]`, findings);
      checked.push(`search palette [${colorScheme}]`);
      await page.keyboard.press('Escape');
      await expect(palette).toBeHidden();

      await page.goto(`/orgs/${ids.org}/vault/${ids.credential}`);
      await settled(page);
      // The API asks for a fresh sign-in once: the re-auth dialog.
      await page.route('**/reveal', (route) =>
        route.fulfill({
          status: 403,
          contentType: 'application/problem+json',
          body: JSON.stringify({ type: 'https://clientstor.dev/problems/reauth-required', title: 'Re-authentication required', status: 403 }),
        }),
        { times: 1 },
      );
      await page.getByRole('group', { name: 'Password' }).getByRole('button', { name: 'Reveal password' }).click();
      const reauth = page.getByRole('dialog', { name: /Confirm it is you/ });
      await expect(reauth).toBeVisible();
      await check(page, `re-auth dialog [${colorScheme}]`, findings);
      checked.push(`re-auth dialog [${colorScheme}]`);
      await reauth.getByRole('button', { name: 'Cancel' }).click();
      await expect(reauth).toBeHidden();

      await page.goto(`/orgs/${ids.org}/assets/${ids.asset}`);
      await settled(page);
      await page.getByRole('button', { name: 'Delete…' }).click();
      const confirm = page.getByRole('dialog');
      await expect(confirm).toBeVisible();
      await check(page, `confirm dialog [${colorScheme}]`, findings);
      checked.push(`confirm dialog [${colorScheme}]`);
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      await expect(confirm).toBeHidden();
    });
  }

  console.log(`axe: ${checked.length} page/dialog × scheme checks, ${findings.length} serious/critical findings`);
  for (const f of findings) console.log(f);
  expect(findings, findings.join('\n')).toEqual([]);
});
