import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { assetAdminMe, cameraDetail, coreSwitch, lobbyCamera, lookups, orgId, switchDetail } from '../testData';
import type { AssetDetail } from '../types';
import { AssetEditPage } from './AssetEditPage';

afterEach(() => vi.unstubAllGlobals());

const route = (id: string) => ({ path: '/orgs/:orgId/assets/:assetId/edit', route: `/orgs/${orgId}/assets/${id}/edit` });
const path = (r: Request) => new URL(r.url).pathname;

function api(detail: AssetDetail, onPatch: (r: Request) => Response) {
  return mockFetch(withMe(assetAdminMe, (r) => lookups(r) ?? (r.method === 'PATCH' ? onPatch(r) : json(detail))));
}

describe('AssetEditPage', () => {
  it('loads the custom values into their inputs and sends only the changes with If-Match', async () => {
    const { calls } = api(cameraDetail, () => json({ ...lobbyCamera, etag: '"c2"' }));
    renderRoute(<AssetEditPage />, route(lobbyCamera.id));

    const fields = await screen.findByRole('group', { name: 'CCTV camera fields' });
    expect(screen.getByLabelText('Name')).toHaveValue('Lobby camera');
    expect(within(fields).getByLabelText(/^Resolution/)).toHaveValue('1080p');
    expect(within(fields).getByLabelText('Frames per second')).toHaveValue(25);
    expect(within(fields).getByLabelText('Outdoor')).toBeChecked();
    expect(within(fields).getByLabelText('Mount')).toHaveValue('ceiling');
    expect(within(fields).getByLabelText('Portal')).toHaveValue('https://cam.example.test');

    await userEvent.clear(within(fields).getByLabelText('Frames per second'));
    await userEvent.selectOptions(within(fields).getByLabelText('Mount'), 'pole');
    await userEvent.click(within(fields).getByLabelText('Outdoor'));
    await userEvent.type(screen.getByLabelText('Tags'), 'lobby');
    await userEvent.clear(screen.getByLabelText('Model'));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(path(patch)).toBe(`/api/v1/orgs/${orgId}/assets/${lobbyCamera.id}`);
    expect(patch.headers.get('If-Match')).toBe('"c1"');
    expect(await patch.json()).toEqual({ clear: ['model'], tags: ['lobby'], customFields: { fps: null, outdoor: false, mount: 'pole' } });
  });

  it('explains a 412 and reloads the latest version', async () => {
    const { calls } = api(switchDetail, () => problem(412, { title: 'Precondition failed.', detail: 'The resource was changed by someone else since you read it.' }));
    renderRoute(<AssetEditPage />, route(coreSwitch.id));

    await userEvent.type(await screen.findByLabelText('Notes'), ' (2)');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('changed by someone else since you opened it');
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({ notes: 'Stack master (2)' });

    const gets = () => calls.filter((c) => c.method === 'GET' && path(c).endsWith(coreSwitch.id)).length;
    const before = gets();
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    await vi.waitFor(() => expect(gets()).toBe(before + 1));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says when nothing changed, and clears an emptied location and warranty date', async () => {
    const { calls } = api(switchDetail, () => json({ ...coreSwitch, locationId: null, warrantyExpires: null, etag: '"s2"' }));
    renderRoute(<AssetEditPage />, route(coreSwitch.id));

    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Nothing to save.')).toBeInTheDocument();
    expect(calls.some((c) => c.method === 'PATCH')).toBe(false);

    await screen.findByRole('option', { name: /Rack room/ });
    expect(screen.getByLabelText('Location')).toHaveValue('l-rack');
    await userEvent.selectOptions(screen.getByLabelText('Location'), '');
    fireEvent.change(screen.getByLabelText('Warranty expires'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.headers.get('If-Match')).toBe('"s1"');
    expect(await patch.json()).toEqual({ clear: ['locationId', 'warrantyExpires'] });
  });

  it('sends every value of a newly chosen custom type', async () => {
    const { calls } = api(switchDetail, () => json(coreSwitch));
    renderRoute(<AssetEditPage />, route(coreSwitch.id));

    await screen.findByRole('option', { name: 'CCTV camera' });
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'cctv-camera');
    await userEvent.type(screen.getByLabelText(/^Resolution/), '720p');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    await vi.waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(await calls.find((c) => c.method === 'PATCH')!.json()).toEqual({ type: 'cctv-camera', customFields: { resolution: '720p', outdoor: false } });
  });
});
