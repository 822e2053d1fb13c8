import { expect, test, type Page } from '@playwright/test';
import { apiPost, apiRequest, signInToNewOrg, uniqueName } from './support';

interface Created {
  id: string;
}

/** A MagicPlan Plan Exchange export of two rooms, written for this test. */
const MAGICPLAN_XML = `<?xml version="1.0" encoding="utf-8"?>
<plan name="E2E office">
  <floor floorType="0">
    <floorRoom uid="r1" type="Reception" x="0" y="0" area="24" perimeter="20">
      <point snappedX="0" snappedY="0"/><point snappedX="6" snappedY="0"/><point snappedX="6" snappedY="4"/><point snappedX="0" snappedY="4"/>
    </floorRoom>
    <floorRoom uid="r2" type="Server room" x="6" y="0" area="12" perimeter="14">
      <point snappedX="0" snappedY="0"/><point snappedX="3" snappedY="0"/><point snappedX="3" snappedY="4"/><point snappedX="0" snappedY="4"/>
    </floorRoom>
  </floor>
</plan>
`;

/** Chooses the drawing through the upload box's button, as a person does. */
async function chooseDrawing(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose file…' }).click();
  await (await chooser).setFiles(file);
}

/** Clicks the plan being edited at a fraction of its width and height (the drawing is an image under the pins). */
async function clickPlan(page: Page, fx: number, fy: number) {
  const drawing = page.getByRole('img', { name: /editing pins/ });
  await expect(drawing).toBeVisible();
  const box = (await drawing.boundingBox())!;
  await page.mouse.click(box.x + box.width * fx, box.y + box.height * fy);
}

test('floor plan: MagicPlan import with rooms, an asset pin and a drop saved, the pin opens the asset that shows the plan, a new image keeps the pins, restore', async ({ page }) => {
  const orgId = await signInToNewOrg(page, 'E2E Floor plans');
  const apName = uniqueName('AP-LOBBY');
  await apiPost<Created>(page, `/api/v1/orgs/${orgId}/assets`, { type: 'access-point', name: apName });
  const rack = await apiPost<Created>(page, `/api/v1/orgs/${orgId}/racks`, { name: 'R1', heightU: 42 });
  const panel = await apiPost<Created>(page, `/api/v1/orgs/${orgId}/patch-panels`, { name: 'PP-1', portCount: 12, rackId: rack.id });
  await apiRequest(page, 'PUT', `/api/v1/orgs/${orgId}/patch-panels/${panel.id}/ports/1`, { label: 'Desk 1' });

  // The Floor plans tab: empty, with the way to add one.
  await page.goto(`/orgs/${orgId}/docs?view=floor-plans`);
  await expect(page.getByText('This client has no floor plans yet.')).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'New floor plan' }).first().click();
  const planName = uniqueName('Ground floor');
  await page.getByLabel('Name').fill(planName);
  await page.getByLabel('Level').fill('Ground');
  await page.getByRole('button', { name: 'Create and upload the drawing' }).click();
  await expect(page.getByRole('heading', { name: planName })).toBeVisible();

  // The MagicPlan export: its rooms are listed, the floor is drawn.
  await chooseDrawing(page, { name: 'office.xml', mimeType: 'application/xml', buffer: Buffer.from(MAGICPLAN_XML) });
  await expect(page.getByText('Drawing uploaded: revision 1.')).toBeVisible();
  const rooms = page.getByRole('list', { name: 'Rooms' });
  await expect(rooms.getByRole('button', { name: /Reception/ })).toContainText('24 m²');
  await expect(rooms.getByRole('button', { name: /Server room/ })).toBeVisible();
  const drawing = page.getByRole('img', { name: `Floor plan: ${planName}` });
  await expect(drawing).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => drawing.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);

  // Edit mode: the access point, then a drop on the patch panel's port.
  await page.getByRole('button', { name: 'Edit pins' }).click();
  await clickPlan(page, 0.3, 0.5);
  await expect(page.getByRole('heading', { name: 'Pin 1' })).toBeVisible();
  await page.getByLabel('Find asset').fill(apName);
  const assetSelect = page.getByLabel('Asset', { exact: true });
  await expect(assetSelect.locator('option', { hasText: apName })).toHaveCount(1);
  await assetSelect.selectOption({ label: apName });
  await expect(page.getByLabel('Room')).toHaveValue('Reception');

  await clickPlan(page, 0.8, 0.5);
  await expect(page.getByRole('heading', { name: 'Pin 2' })).toBeVisible();
  await page.getByLabel('Kind').selectOption('drop');
  await page.getByLabel('Label on the wall port').fill('D-101');
  const port = page.getByLabel('Patch panel port');
  await expect(port.locator('option', { hasText: 'PP-1 port 1 (Desk 1)' })).toHaveCount(1);
  await port.selectOption({ label: 'PP-1 port 1 (Desk 1)' });
  await page.getByRole('button', { name: 'Save pins' }).click();
  await expect(page.getByText('Pins saved: revision 2.')).toBeVisible();

  const pins = page.getByRole('table', { name: 'Pins' });
  await expect(pins.getByRole('row')).toHaveCount(3);
  await expect(pins.getByRole('row', { name: /Network drop/ })).toContainText('PP-1 port 1');
  // A drop shows its port in place; the access point opens its asset.
  await page.getByRole('button', { name: 'Network drop: D-101 (Server room)' }).click();
  await expect(page.getByRole('region', { name: 'Network drop D-101' })).toContainText('PP-1 port 1');
  await page.getByRole('link', { name: `Access point: ${apName} (Reception)` }).click();
  await expect(page.getByRole('heading', { name: apName })).toBeVisible();

  // The asset page says where it sits.
  const onPlans = page.getByRole('region', { name: 'On floor plans' });
  await expect(onPlans.getByRole('link', { name: new RegExp(planName) })).toBeVisible();
  await expect(onPlans.getByRole('img', { name: `Floor plan ${planName}` })).toHaveAttribute('src', /^blob:/);
  await onPlans.getByRole('link', { name: new RegExp(planName) }).click();
  await expect(page.getByRole('heading', { name: planName })).toBeVisible();

  // A photo of the floor instead: a new revision, the pins stay.
  const png = await page.screenshot({ clip: { x: 0, y: 0, width: 320, height: 200 } });
  await page.getByRole('button', { name: 'Replace drawing' }).click();
  await chooseDrawing(page, { name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByText('Drawing uploaded: revision 3.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rooms' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: `Access point: ${apName} (Reception)` })).toBeVisible();
  await expect(pins.getByRole('row')).toHaveCount(3);

  // History: restore revision 1 (the MagicPlan drawing, no pins yet) as revision 4.
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { name: `History of ${planName}` })).toBeVisible();
  await page.getByRole('button', { name: 'Restore revision 1' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByText('Revision 1 restored as revision 4.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Rooms' }).getByRole('button', { name: /Reception/ })).toBeVisible();
  await expect(page.getByText('Nothing is pinned on this plan yet.')).toBeVisible();
});
