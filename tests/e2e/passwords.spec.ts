import { expect, test } from '@playwright/test';
import { adminCredentials, signIn, signOut } from './support';

test('the strength meter warns about a guessable password, the API refuses it with the same advice, a strong one is accepted', async ({ page }) => {
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `strength-${suffix}@example.com`;
  const initial = `Copper lagoon ${suffix} whistle`;
  const weak = 'Clientstor2026!';
  const strong = `Granite meadow ${suffix} kettle`;

  // The admin creates the account; the meter rates the initial password as it is typed.
  await page.goto('/users');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Display name').fill('Strength E2E');
  await dialog.getByLabel('Initial password').fill(initial);
  await expect(dialog.getByRole('meter', { name: 'Password strength' })).toHaveAttribute('aria-valuenow', /[34]/);
  await expect(dialog.getByText(/strong enough/)).toBeVisible();
  await dialog.getByLabel('Must change the password at first sign-in').uncheck();
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await signOut(page);

  await signIn(page, email, initial);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('link', { name: 'My account' }).click();
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Current password').fill(initial);

  // Built on the product's name: weak, and the meter says why before anything is sent.
  const next = form.getByLabel('New password', { exact: true });
  await next.fill(weak);
  const meter = form.getByRole('meter', { name: 'Password strength' });
  await expect(meter).toHaveAttribute('aria-valuenow', /[012]/);
  await expect(form.getByText(/not strong enough yet/)).toBeVisible();
  await expect(form.locator('#change-password-strength')).toContainText('Add more words that are less common.');

  // The form still submits: the API is the authority, and refuses it with zxcvbn's feedback under the field.
  await form.getByLabel('Confirm new password').fill(weak);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(next).toHaveClass(/is-invalid/);
  await expect(form.locator('#change-password-newPassword-error')).toContainText(/Add another word or two/);

  await next.fill(strong);
  await expect(meter).toHaveAttribute('aria-valuenow', /[34]/);
  await expect(form.getByText(/strong enough/)).toBeVisible();
  await form.getByLabel('Confirm new password').fill(strong);
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Password changed. Your other sessions have been signed out.')).toBeVisible();
  await expect(next).toHaveValue('');
  await expect(meter).toBeHidden();

  await signOut(page);
  await signIn(page, email, strong);
  await expect(page).toHaveURL(/\/$/);
});
