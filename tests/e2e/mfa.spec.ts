import { createHmac } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { adminCredentials, signIn, signOut } from './support';

const STEP_SECONDS = 30;

function base32Decode(value: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  const clean = value.replace(/[\s=]/g, '').toUpperCase();
  const bytes: number[] = [];
  let bits = 0;
  let buffer = 0;
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`Not a base32 character: ${char}`);
    buffer = (buffer << 5) | index;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(bytes);
}

function currentStep(): number {
  return Math.floor(Date.now() / 1000 / STEP_SECONDS);
}

/** RFC 6238 TOTP as the API checks it: HMAC-SHA1, 6 digits, 30-second steps. */
function totp(secret: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
  return String(binary % 1_000_000).padStart(6, '0');
}

/** Each step is accepted once: wait until the clock has moved past `usedStep`. */
async function nextUnusedStep(usedStep: number): Promise<number> {
  for (;;) {
    const step = currentStep();
    if (step > usedStep) return step;
    const msLeft = (usedStep + 1) * STEP_SECONDS * 1000 - Date.now();
    await new Promise((resolve) => setTimeout(resolve, Math.max(msLeft, 0) + 250));
  }
}

test('a new user sets up an authenticator app and then signs in with a code', async ({ page }) => {
  // Up to one 30-second TOTP step is waited out before the second sign-in.
  test.setTimeout(150_000);
  const admin = adminCredentials();
  const suffix = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `mfa-${suffix}@example.com`;
  const password = `Velvet orbit ${suffix} lantern`;

  // The shared admin only creates the account; MFA is turned on for the new user, never for the admin.
  await page.goto('/users');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fusers$/);
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(/\/users$/);
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Email').fill(email);
  await dialog.getByLabel('Display name').fill('MFA E2E');
  await dialog.getByLabel('Initial password').fill(password);
  await dialog.getByLabel('Must change the password at first sign-in').uncheck();
  await dialog.getByRole('button', { name: 'Create user' }).click();
  await expect(page).toHaveURL(/\/users\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: email })).toBeVisible();
  await signOut(page);

  // The new user signs in with the password only and sets up the authenticator app.
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('link', { name: 'My account' }).click();
  await expect(page).toHaveURL(/\/account$/);
  const mfaCard = page.getByRole('region', { name: 'Two-factor authentication' });
  await expect(mfaCard.getByTestId('mfa-status')).toContainText('Off');
  await mfaCard.getByRole('button', { name: 'Set up authenticator app' }).click();
  await expect(mfaCard.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = ((await mfaCard.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}=*$/);

  const enrolStep = currentStep();
  await mfaCard.getByLabel('Authentication code').fill(totp(secret, enrolStep));
  await mfaCard.getByRole('button', { name: 'Turn on' }).click();
  const codes = mfaCard.getByRole('list', { name: 'Recovery codes' });
  await expect(codes.getByRole('listitem')).toHaveCount(10);
  await mfaCard.getByRole('button', { name: 'I have saved these' }).click();
  await expect(mfaCard.getByTestId('mfa-status')).toContainText('On');
  await expect(mfaCard.getByText(/10 recovery codes left/)).toBeVisible();
  await signOut(page);

  // Signing in again needs the password and then a code from a step not used yet.
  await signIn(page, email, password);
  const codeField = page.getByLabel('Authentication code');
  await expect(codeField).toBeVisible();
  const loginStep = await nextUnusedStep(enrolStep);
  await codeField.fill(totp(secret, loginStep));
  await codeField.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('current-user')).toHaveText(email);
});
