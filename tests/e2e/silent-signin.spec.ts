import { expect, test } from '@playwright/test';
import { adminCredentials, signIn, signOut } from './support';

test('a new tab or a bookmark signs in silently with the server session; after signing out it asks again', async ({ browser }) => {
  const { email, password } = adminCredentials();
  const context = await browser.newContext();
  try {
    // No server session yet: the silent attempt (prompt=none) comes back with login_required and the login page keeps the target.
    const first = await context.newPage();
    await first.goto('/audit');
    await expect(first).toHaveURL(/\/login\?returnUrl=%2Faudit$/);
    await signIn(first, email, password);
    await expect(first).toHaveURL(/\/audit$/);

    // A second tab shares the server session (cookie) but not the first tab's tokens (sessionStorage): no form is shown.
    const second = await context.newPage();
    const authorize = second.waitForRequest((r) => r.url().includes('/connect/authorize') && r.url().includes('prompt=none'));
    await second.goto('/orgs');
    await authorize;
    await expect(second).toHaveURL(/\/orgs$/);
    await expect(second.getByRole('heading', { name: 'Organisations' })).toBeVisible();
    await expect(second.getByTestId('current-user')).toHaveText(email, { ignoreCase: true });
    await expect(second.getByLabel('Password')).toHaveCount(0);

    // Signing out ends the server session: a new tab asks for the password again.
    await signOut(second);
    const third = await context.newPage();
    await third.goto('/orgs');
    await expect(third).toHaveURL(/\/login\?returnUrl=%2Forgs$/);
    await expect(third.getByLabel('Email')).toBeVisible();
  } finally {
    await context.close();
  }
});
