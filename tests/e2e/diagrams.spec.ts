import { expect, test, type Page } from '@playwright/test';
import { apiPost, editorFrame, recordDialogs, signInToNewOrg, uniqueName } from './support';

/** Every request the page (and its frames) makes to a host other than the app's own. */
function outsideRequests(page: Page, baseURL: string): string[] {
  const own = new URL(baseURL).host;
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== own) outside.push(request.url());
  });
  return outside;
}

async function imageLoaded(page: Page, name: string) {
  const image = page.getByRole('img', { name });
  await expect(image).toBeVisible({ timeout: 20_000 });
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await image.getAttribute('src')).toMatch(/^blob:/);
}

test('a diagram is drawn in the self-hosted editor, saved and previewed, with no request to any other host', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const outside = outsideRequests(page, baseURL!);
  const dialogs = recordDialogs(page);
  const orgId = await signInToNewOrg(page, 'E2E Diagrams');

  await page.goto(`/orgs/${orgId}/docs`);
  await page.getByRole('navigation', { name: 'Knowledge base content' }).getByRole('link', { name: 'Diagrams' }).click();
  await expect(page.getByText('The knowledge base has no diagrams yet.')).toBeVisible();
  await page.getByRole('link', { name: 'New diagram' }).first().click();
  const name = uniqueName('Office LAN');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('button', { name: 'Create and draw' }).click();
  await expect(page).toHaveURL(new RegExp(`/orgs/${orgId}/docs/diagrams/[0-9a-f-]{36}/edit$`));
  const diagramUrl = page.url().replace(/\/edit$/, '');

  // A rectangle from the General palette, labelled, then the editor's own Save (Ctrl+S).
  const editor = await editorFrame(page);
  await editor.locator('.geSidebarContainer a.geItem').first().click();
  await expect(editor.locator('.geDiagramContainer svg g rect, .geDiagramContainer svg g path').first()).toBeVisible();
  await editor.locator('.geDiagramContainer').press('F2');
  await page.keyboard.type('Core switch');
  await page.keyboard.press('Control+Enter');
  await expect(editor.locator('.geDiagramContainer').getByText('Core switch')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByText('Saved as revision 2.')).toBeVisible({ timeout: 30_000 });

  await page.getByRole('link', { name: 'Close editor' }).click();
  await expect(page).toHaveURL(diagramUrl);
  await expect(page.getByText(/Revision 2 · updated/)).toBeVisible();
  await imageLoaded(page, name);

  // The label is searchable.
  await page.goto(`/orgs/${orgId}/docs?view=diagrams&q=switch`);
  await expect(page.getByRole('table', { name: 'Diagrams' }).getByRole('link', { name })).toBeVisible();

  expect(outside, 'requests to other hosts').toEqual([]);
  expect(dialogs).toEqual([]);
});

test('HTML and script in a diagram never run: not in the editor, not in the preview, not in an article embedding it', async ({ page }) => {
  test.setTimeout(240_000);
  const dialogs = recordDialogs(page);
  const orgId = await signInToNewOrg(page, 'E2E Diagram XSS');
  const label = '&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt;Edge router';
  const xml =
    '<mxfile><diagram id="p1" name="Page-1"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>' +
    `<mxCell id="2" value="${label}" style="rounded=1;html=1;" vertex="1" parent="1"><mxGeometry x="40" y="40" width="160" height="60" as="geometry"/></mxCell>` +
    '</root></mxGraphModel></diagram></mxfile>';
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120" onload="alert(3)"><script>alert(4)</script>' +
    '<rect x="40" y="40" width="160" height="60" fill="#dae8fc" stroke="#6c8ebf"/><foreignObject width="240" height="120"><img xmlns="http://www.w3.org/1999/xhtml" src="x" onerror="alert(5)"/></foreignObject></svg>';
  const diagram = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/diagrams`, { name: 'Hostile', xml, svg });
  const article = await apiPost<{ id: string }>(page, `/api/v1/orgs/${orgId}/docs/articles`, {
    title: 'Network',
    body: `The edge:\n\n![Edge <img src=x onerror=alert(6)>](diagram:${diagram.id})\n`,
  });

  await page.goto(`/orgs/${orgId}/docs/diagrams/${diagram.id}`);
  await imageLoaded(page, 'Hostile');
  // The SVG is only ever an image: nothing of it is in the page's DOM.
  await expect(page.locator('main script, main foreignObject')).toHaveCount(0);

  await page.goto(`/orgs/${orgId}/docs/articles/${article.id}`);
  const body = page.getByRole('region', { name: 'Article' });
  await expect(body.getByRole('link', { name: /Edge/ })).toHaveAttribute('href', `/orgs/${orgId}/docs/diagrams/${diagram.id}`);
  await expect(body.locator('img[src^="blob:"]')).toBeVisible({ timeout: 20_000 });
  await expect(body.locator('img:not([src^="blob:"]), script, [onerror]')).toHaveCount(0);

  await page.goto(`/orgs/${orgId}/docs/diagrams/${diagram.id}/edit`);
  const editor = await editorFrame(page);
  await expect(editor.locator('.geDiagramContainer').getByText('Edge router')).toBeVisible();
  await page.waitForTimeout(1_000);
  expect(dialogs).toEqual([]);
});
