import { expect, test } from '@playwright/test';
import { adminCredentials, openAdminPage } from './support';

test('an admin sees their own session and the users administration', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByLabel('Password').press('Enter');
  await expect(page).toHaveURL(/\/$/);

  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const sessions = page.getByRole('table', { name: 'My sessions' });
  await expect(sessions.getByText('This device')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Change password' })).toBeVisible();

  await openAdminPage(page, 'Users');
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();
});
