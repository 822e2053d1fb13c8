import { expect, test } from '@playwright/test';
import { adminCredentials, createOrg, signIn, uniqueName } from './support';

test('an organisation’s tabs lead with what technicians use; Settings, Members, Roles and API keys sit behind Manage', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Tabs'));

  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });
  await expect(tabs.getByRole('link')).toHaveText(['Overview', 'Assets', 'Vault', 'Docs', 'Contacts', 'Locations', 'IPAM', 'Racks', 'Discovery', 'Audit log']);
  await expect(tabs.getByRole('link', { name: 'Overview' })).toHaveClass(/active/);

  // The menu works from the keyboard: Enter opens it, the arrows move, Enter follows the link.
  const manage = tabs.getByRole('button', { name: 'Manage' });
  await manage.focus();
  await page.keyboard.press('Enter');
  await expect(manage).toHaveAttribute('aria-expanded', 'true');
  await expect(tabs.getByRole('link', { name: 'API keys' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(manage).toHaveAttribute('aria-expanded', 'false');
  await expect(manage).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('ArrowDown');
  await expect(tabs.getByRole('link', { name: 'Settings' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/settings$`));
  await expect(page.getByLabel('Name', { exact: true })).toBeVisible();
  await expect(tabs.getByRole('button', { name: /^Manage\s*, Settings open$/ })).toHaveClass(/active/);

  await manage.click();
  await tabs.getByRole('link', { name: 'Members', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/members$`));
  await expect(page.getByRole('table', { name: 'Members' })).toBeVisible();
});

test('contacts and locations are tabs of their own, with an empty state that invites to add, editing and deleting', async ({ page }) => {
  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Contacts'));
  const tabs = page.getByRole('navigation', { name: 'Organisation sections' });

  await tabs.getByRole('link', { name: 'Contacts' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/contacts$`));
  await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add the first contact' }).click();
  const form = page.getByRole('form', { name: 'New contact' });
  await form.getByLabel('Contact name').fill('Dana Scully');
  await form.getByLabel('Role').fill('Office manager');
  await form.getByLabel('Email').fill('dana@example.test');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByText('Contact “Dana Scully” created.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Contacts' }).getByRole('row').filter({ hasText: 'Dana Scully' });
  await expect(row).toContainText('Office manager');

  await row.getByRole('button', { name: 'Edit contact Dana Scully' }).click();
  const edit = page.getByRole('form', { name: 'Edit Dana Scully' });
  await edit.getByLabel('Phone').fill('+1 555 0199');
  await edit.getByRole('button', { name: 'Save contact' }).click();
  await expect(page.getByText('Contact “Dana Scully” saved.')).toBeVisible();
  await expect(row).toContainText('+1 555 0199');

  // A phone shows the contacts as cards.
  await page.setViewportSize({ width: 390, height: 844 });
  const cards = page.getByRole('list', { name: 'Contacts' });
  await expect(cards.getByRole('listitem').filter({ hasText: 'Dana Scully' })).toContainText('Office manager');
  await cards.getByRole('button', { name: 'Delete contact Dana Scully' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete contact' });
  await dialog.getByRole('button', { name: 'Delete contact' }).click();
  await expect(page.getByText('Contact “Dana Scully” deleted.')).toBeVisible();
  await expect(page.getByText('No contacts yet')).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });

  await tabs.getByRole('link', { name: 'Locations' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/locations$`));
  await expect(page.getByText('No locations yet')).toBeVisible();
  await page.getByRole('button', { name: 'Add the first site' }).click();
  const site = page.getByRole('form', { name: 'New location' });
  await site.getByLabel('Location name').fill('Head office');
  await site.getByRole('button', { name: 'Create location' }).click();
  await expect(page.getByText('Location “Head office” created.')).toBeVisible();
  await page.getByRole('button', { name: 'New location' }).click();
  const closet = page.getByRole('form', { name: 'New location' });
  await closet.getByLabel('Location name').fill('Comms room');
  await closet.getByLabel('Kind').selectOption('closet');
  await closet.getByLabel('Site').selectOption({ label: 'Head office' });
  await closet.getByRole('button', { name: 'Create location' }).click();
  await expect(page.getByText('Location “Comms room” created.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Locations' }).getByRole('row').filter({ hasText: 'Comms room' })).toContainText('Head office');

  // The old directory link leads to the tab.
  await page.goto(`/orgs/${orgId}/assets/directory?section=contacts`);
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/contacts$`));
});
