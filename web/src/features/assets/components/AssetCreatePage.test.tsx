import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { assetAdminMe, coreSwitch, lobbyCamera, lookups, orgId } from '../testData';
import { AssetCreatePage } from './AssetCreatePage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/assets/new', route: `/orgs/${orgId}/assets/new` };

function api(onCreate: (r: Request) => Response | Promise<Response>) {
  return mockFetch(withMe(assetAdminMe, (r) => lookups(r) ?? onCreate(r)));
}

const postBody = async (calls: Request[]) => {
  await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
  return calls.find((c) => c.method === 'POST')!.json() as Promise<unknown>;
};

describe('AssetCreatePage', () => {
  it('sends the common fields, tags and one MAC address per line, then opens the asset', async () => {
    const { calls } = api(() => json(coreSwitch, 201));
    renderRoute(<AssetCreatePage />, route);

    await screen.findByRole('option', { name: 'Switch' });
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'switch');
    await userEvent.type(screen.getByLabelText('Name'), ' Core switch ');
    await userEvent.type(screen.getByLabelText('Serial number'), 'SN-0001');
    await userEvent.type(screen.getByLabelText('Manufacturer'), 'Cisco');
    await userEvent.type(screen.getByLabelText('Model'), 'C9300');
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'in-repair');
    await screen.findByRole('option', { name: /Rack room/ });
    await userEvent.selectOptions(screen.getByLabelText('Location'), 'l-rack');
    await screen.findByRole('option', { name: /Alice Admin/ });
    await userEvent.selectOptions(screen.getByLabelText('Assigned to'), 'c-alice');
    fireEvent.change(screen.getByLabelText('Purchase date'), { target: { value: '2024-01-10' } });
    fireEvent.change(screen.getByLabelText('Warranty expires'), { target: { value: '2027-01-31' } });
    await userEvent.type(screen.getByLabelText('Tags'), 'core, network ,core,');
    await userEvent.type(screen.getByLabelText('MAC addresses'), 'AA-BB-CC-DD-EE-01{enter}{enter}aabb.ccdd.ee02 ');
    // Built-in types have no custom fields.
    expect(screen.queryByRole('group', { name: /fields$/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create asset' }));

    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(new URL(post.url).pathname).toBe(`/api/v1/orgs/${orgId}/assets`);
    expect(await post.json()).toEqual({
      type: 'switch',
      name: 'Core switch',
      serial: 'SN-0001',
      manufacturer: 'Cisco',
      model: 'C9300',
      status: 'in-repair',
      locationId: 'l-rack',
      contactId: 'c-alice',
      purchaseDate: '2024-01-10',
      warrantyExpires: '2027-01-31',
      tags: ['core', 'network'],
      macAddresses: ['AA-BB-CC-DD-EE-01', 'aabb.ccdd.ee02'],
    });
  });

  it('renders an input per custom field of the chosen custom type and sends typed values', async () => {
    const { calls } = api(() => json(lobbyCamera, 201));
    renderRoute(<AssetCreatePage />, route);

    await screen.findByRole('option', { name: 'CCTV camera' });
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'cctv-camera');
    const fields = screen.getByRole('group', { name: 'CCTV camera fields' });
    expect(within(fields).getByLabelText(/^Resolution/)).toHaveAttribute('type', 'text');
    expect(within(fields).getByLabelText(/^Resolution/)).toHaveAttribute('aria-required', 'true');
    expect(within(fields).getByLabelText('Frames per second')).toHaveAttribute('type', 'number');
    expect(within(fields).getByLabelText('Installed on')).toHaveAttribute('type', 'date');
    expect(within(fields).getByLabelText('Outdoor')).toHaveAttribute('type', 'checkbox');
    expect(within(fields).getByLabelText('Portal')).toHaveAttribute('type', 'url');
    const mount = within(fields).getByLabelText('Mount');
    expect(within(mount).getAllByRole('option').map((o) => o.textContent)).toEqual(['None', 'wall', 'ceiling', 'pole']);

    await userEvent.type(screen.getByLabelText('Name'), 'Lobby camera');
    await userEvent.type(within(fields).getByLabelText(/^Resolution/), '4K');
    await userEvent.type(within(fields).getByLabelText('Frames per second'), '30');
    fireEvent.change(within(fields).getByLabelText('Installed on'), { target: { value: '2025-06-01' } });
    await userEvent.click(within(fields).getByLabelText('Outdoor'));
    await userEvent.selectOptions(mount, 'wall');
    await userEvent.type(within(fields).getByLabelText('Portal'), 'https://cam.example.test');
    // Switching to a built-in type hides the custom inputs; switching back restores what was typed.
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'server');
    expect(screen.queryByRole('group', { name: 'CCTV camera fields' })).not.toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Type'), 'cctv-camera');
    expect(screen.getByLabelText(/^Resolution/)).toHaveValue('4K');
    await userEvent.click(screen.getByRole('button', { name: 'Create asset' }));

    expect(await postBody(calls)).toEqual({
      type: 'cctv-camera',
      name: 'Lobby camera',
      status: 'active',
      customFields: { resolution: '4K', fps: 30, installed: '2025-06-01', outdoor: true, mount: 'wall', portal: 'https://cam.example.test' },
    });

  });

  it('shows 400 field errors under their fields, custom ones under each custom input', async () => {
    api(() =>
      problem(400, {
        title: 'One or more fields are invalid.',
        errors: {
          name: ['Give the asset a name.'],
          'macAddresses[0]': ["'nope' is not a MAC address (aa:bb:cc:dd:ee:ff)."],
          'customFields.resolution': ['Resolution is required.'],
          'customFields.portal': ['Portal must be an absolute URL.'],
          'customFields.outdoor': ['Outdoor must be true or false.'],
        },
      }),
    );
    renderRoute(<AssetCreatePage />, { ...route, route: `${route.route}?type=cctv-camera` });

    const fields = await screen.findByRole('group', { name: 'CCTV camera fields' });
    expect(screen.getByLabelText('Type')).toHaveValue('cctv-camera');
    await userEvent.type(screen.getByLabelText('MAC addresses'), 'nope');
    await userEvent.type(within(fields).getByLabelText('Portal'), 'cam');
    await userEvent.click(screen.getByRole('button', { name: 'Create asset' }));

    expect(await screen.findByText('Give the asset a name.')).toHaveAttribute('id', 'asset-name-error');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the asset a name.');
    expect(screen.getByLabelText('MAC addresses')).toHaveClass('is-invalid');
    expect(screen.getByLabelText('MAC addresses')).toHaveAccessibleDescription(/'nope' is not a MAC address/);
    const resolution = within(fields).getByLabelText(/^Resolution/);
    expect(resolution).toHaveClass('is-invalid');
    expect(resolution).toHaveAccessibleDescription('Resolution is required.');
    expect(within(fields).getByText('Resolution is required.')).toHaveAttribute('id', 'asset-cf-resolution-error');
    expect(within(fields).getByLabelText('Portal')).toHaveAccessibleDescription('Portal must be an absolute URL.');
    expect(within(fields).getByText('Outdoor must be true or false.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('puts an error for a custom field that is not on screen, and a 403, in the alert', async () => {
    let answer = problem(400, { title: 'One or more fields are invalid.', errors: { 'customFields.legacy': ["'legacy' is not a field of this asset type."] } });
    api(() => answer);
    renderRoute(<AssetCreatePage />, route);

    await userEvent.click(screen.getByRole('button', { name: 'Create asset' }));
    expect(await screen.findByRole('alert')).toHaveTextContent("'legacy' is not a field of this asset type.");

    answer = problem(403, { title: 'Forbidden.', detail: 'You need the assets.write permission.' });
    await userEvent.click(screen.getByRole('button', { name: 'Create asset' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You need the assets.write permission.');
  });
});
