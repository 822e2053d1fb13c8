import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { adminCredentials, apiPost, createOrg, recordDialogs, signIn, uniqueName } from './support';

interface Created {
  id: string;
}

/** Chooses files through the panel's button, as a person does (the browser's file chooser). */
async function attach(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(files);
}

test('files on an asset: upload two with progress, download one byte for byte, delete one; scripts in files never run; refusals say why', async ({ page }) => {
  const dialogs = recordDialogs(page);

  const { email, password } = adminCredentials();
  await page.goto('/orgs/new');
  await signIn(page, email, password);
  await expect(page).toHaveURL(/\/orgs\/new$/);
  const orgId = await createOrg(page, uniqueName('E2E Files'));
  const assetName = uniqueName('File server');
  const asset = await apiPost<Created>(page, `/api/v1/orgs/${orgId}/assets`, { type: 'server', name: assetName });

  // A real PNG, with a thumbnail: a piece of this very page.
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 96, height: 64 } });
  const text = Buffer.from(`switch config ${Date.now()}\nhostname core-1\n`);

  await page.goto(`/orgs/${orgId}/assets/${asset.id}`);
  await expect(page.getByRole('heading', { name: assetName })).toBeVisible();
  const files = page.getByRole('region', { name: 'Files' });
  await expect(files.getByText('No files are attached to this asset yet.')).toBeVisible();

  await attach(page, [
    { name: 'rack-front.png', mimeType: 'image/png', buffer: png },
    { name: 'core-1.txt', mimeType: 'text/plain', buffer: text },
  ]);
  const uploads = files.getByRole('list', { name: 'Uploads' });
  await expect(uploads.getByRole('progressbar', { name: 'Uploaded rack-front.png' })).toHaveAttribute('aria-valuenow', '100');
  await expect(uploads.getByRole('progressbar', { name: 'Uploaded core-1.txt' })).toHaveAttribute('aria-valuenow', '100');

  const list = files.getByRole('list', { name: 'Attached files' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'core-1.txt' })).toContainText(`Text · ${text.length} bytes`);
  await expect(list.getByRole('listitem').filter({ hasText: 'rack-front.png' })).toContainText('PNG image');
  // The thumbnail is fetched with the token and shown from a blob URL, never from the API's address.
  const preview = list.getByRole('img', { name: 'Preview of rack-front.png' });
  await expect(preview).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Downloading saves the exact bytes under the file's name; the app stays where it is.
  const pageUrl = page.url();
  const download = page.waitForEvent('download');
  await list.getByRole('button', { name: 'Download core-1.txt' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('core-1.txt');
  expect((await readFile(await saved.path())).equals(text)).toBe(true);
  expect(page.url()).toBe(pageUrl);

  await files.getByRole('button', { name: 'Clear finished uploads' }).click();
  await expect(uploads).toBeHidden();

  // Files with script are stored and listed, never rendered: no thumbnail, no frame, no dialog, even when downloaded.
  await attach(page, [
    { name: 'evil.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'svg\')"><script>alert("svg")</script></svg>') },
    { name: 'evil.html', mimeType: 'text/html', buffer: Buffer.from('<!doctype html><html><body><script>alert("html")</script><img src=x onerror="alert(1)"></body></html>') },
  ]);
  await expect(list.getByRole('listitem')).toHaveCount(4);
  for (const name of ['evil.svg', 'evil.html']) {
    await expect(list.getByRole('img', { name: `Preview of ${name}` })).toHaveCount(0);
    const evil = page.waitForEvent('download');
    await list.getByRole('button', { name: `Download ${name}` }).click();
    expect((await evil).suggestedFilename()).toBe(name);
  }
  await expect(page.locator('iframe, object, embed')).toHaveCount(0);
  await expect(page.locator('main svg script, main [onload], main [onerror]')).toHaveCount(0);
  expect(page.url()).toBe(pageUrl);

  // A program under any name is refused, and the panel says why.
  await attach(page, [{ name: 'a.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00') }]);
  await expect(files.getByRole('list', { name: 'Uploads' }).getByRole('alert')).toContainText('This type of file is not accepted.');
  await expect(files.getByRole('list', { name: 'Uploads' }).getByRole('alert')).toContainText("Files named 'a.exe' are not accepted.");
  await expect(list.getByRole('listitem')).toHaveCount(4);

  // Delete asks first, then the file goes from the list.
  await list.getByRole('button', { name: 'Delete evil.html' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete file' });
  await confirm.getByRole('button', { name: 'Delete file' }).click();
  await expect(confirm).toBeHidden();
  await expect(files.getByText('File “evil.html” deleted.')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByText('evil.html')).toHaveCount(0);

  // Global search finds a file by its name and opens the page it hangs on.
  await page.goto(`/search?q=${encodeURIComponent('core-1')}`);
  const found = page.getByRole('region', { name: 'Files' }).getByRole('link').filter({ hasText: assetName });
  await expect(found).toContainText('core-1.txt');
  await found.click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/assets/${asset.id}$`));

  // Let a late script (if any had slipped through) show itself before the verdict.
  await page.waitForTimeout(500);
  expect(dialogs).toEqual([]);
});
