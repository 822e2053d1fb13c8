import { expect, test } from '@playwright/test';
import { adminCredentials, createOrg, openAdminPage, signIn, uniqueName } from './support';

test('a team grant in every organisation lets a technician see a client until the grant is withdrawn', async ({ page, browser }) => {
  // Two browsers and a dozen forms: longer than the default minute on a busy machine.
  test.setTimeout(180_000);
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const techEmail = `tech-${suffix}@example.com`;
  const techPassword = `Copper meadow ${suffix} harbour`;
  const client = uniqueName('Teams client');
  const roleName = `Helpdesk ${suffix}`;
  const teamName = `First line ${suffix}`;

  // The admin makes a client the technician is not a member of, and the technician's account.
  await page.goto('/orgs/new');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const clientId = await createOrg(page, client);

  await page.goto('/users');
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Email').fill(techEmail);
  await dialog.getByLabel('Display name').fill('Tess Technician');
  await dialog.getByLabel('Initial password').fill(techPassword);
  await dialog.getByLabel('Must change the password at first sign-in').uncheck();
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  const techPage = page.url();
  await expect(page.getByRole('region', { name: 'Access' }).getByText(/No access to any organisation/)).toBeVisible();

  // A platform role, defined once: 31 minutes is refused on the field, 10 is kept.
  await openAdminPage(page, 'Teams');
  await expect(page).toHaveURL(/\/teams$/);
  await page.getByRole('navigation', { name: 'Teams sections' }).getByRole('link', { name: 'Platform roles' }).click();
  await page.getByRole('link', { name: 'New platform role' }).click();
  await page.getByLabel('Name', { exact: true }).fill(roleName);
  await page.getByRole('checkbox', { name: /^org\.read/ }).check();
  await page.getByRole('checkbox', { name: /^assets\.read/ }).check();
  const window = page.getByLabel('Re-authentication window (minutes)');
  await window.fill('31');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.locator('#platform-role-reauth-error')).toContainText('1 to 30 minutes');
  await expect(window).toHaveClass(/is-invalid/);
  await window.fill('10');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByText(`Platform role “${roleName}” created.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Platform roles' }).getByRole('row').filter({ hasText: roleName })).toContainText('10 min');

  // The team: created from the list, then its member and its grant on every organisation.
  await page.getByRole('navigation', { name: 'Teams sections' }).getByRole('link', { name: 'Teams' }).click();
  await page.getByRole('button', { name: 'New team' }).click();
  await page.getByRole('form', { name: 'New team' }).getByLabel('Name').fill(teamName);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page).toHaveURL(/\/teams\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: teamName })).toBeVisible();

  await page.getByRole('button', { name: 'Add member' }).first().click();
  const memberForm = page.getByRole('form', { name: 'Add member' });
  await memberForm.getByLabel('Find user').fill(techEmail);
  const userSelect = memberForm.getByLabel('User', { exact: true });
  await expect(userSelect.locator('option', { hasText: techEmail })).toHaveCount(1);
  await userSelect.selectOption({ label: `Tess Technician (${techEmail})` });
  await memberForm.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByText(`${techEmail} added to the team.`)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Team members' }).getByRole('row').filter({ hasText: techEmail })).toHaveCount(1);

  await page.getByRole('button', { name: 'Add grant' }).first().click();
  const grantForm = page.getByRole('form', { name: 'Add grant' });
  await expect(grantForm.getByLabel('All organisations, including ones created later')).toBeChecked();
  await grantForm.getByLabel('Platform role', { exact: true }).selectOption({ label: roleName });
  await grantForm.getByRole('button', { name: 'Add grant' }).click();
  await expect(page.getByText('Granted in every organisation, including those created later.')).toBeVisible();
  const grants = page.getByRole('table', { name: 'Team grants' });
  await expect(grants.getByRole('row').filter({ hasText: 'All organisations' })).toContainText(roleName);

  // The technician, in another browser, sees the client through the team.
  const techContext = await browser.newContext();
  const tech = await techContext.newPage();
  await tech.goto('/orgs');
  await signIn(tech, techEmail, techPassword);
  await expect(tech).toHaveURL(/\/orgs$/);
  await tech.getByLabel('Search organisations').fill(client);
  await tech.getByRole('link', { name: client }).click();
  await expect(tech).toHaveURL(new RegExp(`/orgs/${clientId}`));
  await expect(tech.getByRole('heading', { name: client })).toBeVisible();

  // The admin sees where that access comes from on the technician's page.
  await page.goto(techPage);
  const access = page.getByRole('region', { name: 'Access' });
  // An all-organisations grant lists every client: the filter (offered past five) finds this one. Wait for the list
  // first: counting the filter before the section has loaded finds none, and past 25 clients the row is not shown.
  await expect(access.getByText(/Permissions are the union of every role/)).toBeVisible();
  const filter = access.getByLabel('Filter organisations');
  if (await filter.count()) await filter.fill(client);
  const clientRow = access.getByRole('row').filter({ hasText: client });
  await expect(clientRow).toContainText(roleName);
  await expect(clientRow.getByRole('link', { name: teamName })).toBeVisible();
  await expect(clientRow).toContainText('10 min');

  // Withdrawing the grant: the technician's next request is refused and the client is gone from their list.
  await clientRow.getByRole('link', { name: teamName }).click();
  await grants.getByRole('button', { name: `Withdraw ${roleName} in all organisations` }).click();
  const confirm = page.getByRole('dialog', { name: 'Withdraw grant' });
  await confirm.getByRole('button', { name: 'Withdraw grant' }).click();
  await expect(page.getByText(`${roleName} withdrawn from all organisations.`)).toBeVisible();
  await expect(page.getByText('This team holds no roles yet')).toBeVisible();

  await tech.reload();
  await expect(tech.getByText(/does not exist or you cannot access it/)).toBeVisible();
  await tech.goto('/orgs');
  await tech.getByLabel('Search organisations').fill(client);
  await expect(tech.getByRole('link', { name: client })).toHaveCount(0);
  await techContext.close();
});
