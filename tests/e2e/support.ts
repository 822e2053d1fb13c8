import { expect, type Frame, type Page } from '@playwright/test';

/** Shared helpers for the e2e specs (not a spec itself: playwright.config.ts matches only *.spec.ts). */

export function adminCredentials() {
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  if (!email || !password) throw new Error('E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD are required.');
  return { email, password };
}

export function uniqueName(prefix: string) {
  return `${prefix} ${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Logout' }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel('Email')).toBeVisible();
}

/** Creates an organisation from /orgs/new and returns its id (the page ends on its settings). */
export async function createOrg(page: Page, name: string): Promise<string> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByRole('button', { name: 'Create organisation' }).click();
  await expect(page).toHaveURL(/\/orgs\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  return new URL(page.url()).pathname.split('/').pop()!;
}

/** Opens an organisation's administration page (Settings, Members, Roles, API keys) through its "Manage" menu. */
export async function openManagePage(page: Page, name: string) {
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await tabs.getByRole('button', { name: 'Manage' }).click();
  await tabs.getByRole('link', { name, exact: true }).click();
}

/** Opens a platform administration page (Audit, Security, Users, Teams, Settings) through the top bar's "Admin" menu. */
export async function openAdminPage(page: Page, name: string) {
  const main = page.getByRole('navigation', { name: 'Main' });
  const toggle = main.getByRole('button', { name: 'Admin' });
  // On a narrow window the menu sits in the collapsed top bar: open that first.
  if (!(await toggle.isVisible())) await main.getByRole('button', { name: 'Toggle navigation' }).click();
  await toggle.click();
  await main.getByRole('link', { name, exact: true }).click();
}

/** Calls the API as the signed-in user, with the SPA's own access token (oidc-client-ts keeps it in sessionStorage). */
export async function apiRequest<T>(page: Page, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      const key = Object.keys(sessionStorage).find((k) => k.startsWith('oidc.user:'));
      const token = key ? (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { access_token?: string }).access_token : undefined;
      const response = await fetch(path, {
        method,
        headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), Authorization: `Bearer ${token}`, ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (response.status === 204 ? undefined : await response.json()) as T;
    },
    { method, path, body, headers },
  );
}

export const apiPost = <T>(page: Page, path: string, body: unknown) => apiRequest<T>(page, 'POST', path, body);

/** The messages of every dialog (alert, confirm, prompt) the page or its frames open, each dismissed: an XSS check expects none. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return dialogs;
}

/** Signs in as the administrator (from /orgs/new) and creates an organisation named from `prefix`; returns its id. */
export async function signInToNewOrg(page: Page, prefix: string): Promise<string> {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  return createOrg(page, uniqueName(prefix));
}

/** Creates a user through the API (as the signed-in administrator) and makes them a member of `orgId` with `roleName`. */
export async function createMember(page: Page, orgId: string, user: { email: string; password: string; displayName: string }, roleName = 'Technician') {
  await apiPost(page, '/api/v1/users', { ...user, mustChangePassword: false });
  const roles = await apiRequest<{ items: { id: string; name: string }[] }>(page, 'GET', `/api/v1/orgs/${orgId}/roles`);
  const role = roles.items.find((r) => r.name === roleName);
  if (!role) throw new Error(`No role “${roleName}” in ${orgId}.`);
  await apiPost(page, `/api/v1/orgs/${orgId}/members`, { email: user.email, roleIds: [role.id] });
}

/** The diagrams.net editor's frame, once it has loaded the diagram (its drawing area is there). */
export async function editorFrame(page: Page): Promise<Frame> {
  const element = await page.locator('iframe[title^="Diagram editor"]').elementHandle();
  const frame = await element!.contentFrame();
  await expect(frame!.locator('.geDiagramContainer')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('Loading the editor…')).toBeHidden({ timeout: 60_000 });
  return frame!;
}
