import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { assetAdminMe, assetReaderMe, cctvType, lookups, orgId } from '../testData';
import { fieldKeyFrom, typeKeyFrom } from './AssetTypeBuilder';
import { DirectoryPage } from './DirectoryPage';

afterEach(() => vi.unstubAllGlobals());

const route = { path: '/orgs/:orgId/assets/directory', route: `/orgs/${orgId}/assets/directory?section=types` };
const path = (r: Request) => new URL(r.url).pathname;

function api(me: unknown, onWrite: (r: Request) => Response = () => json({})) {
  return mockFetch(withMe(me, (r) => lookups(r) ?? onWrite(r)));
}

describe('keys from names', () => {
  it('derives a type key and a field key the API accepts', () => {
    expect(typeKeyFrom('  CCTV Camera (outdoor) ')).toBe('cctv-camera-outdoor');
    expect(typeKeyFrom('Café sensor')).toBe('cafe-sensor');
    expect(fieldKeyFrom('Rack units')).toBe('rackUnits');
    expect(fieldKeyFrom('2nd PSU serial')).toBe('ndPsuSerial');
  });
});

describe('custom asset types', () => {
  it('lists the custom types with their fields', async () => {
    api(assetReaderMe);
    renderRoute(<DirectoryPage />, route);

    const table = await screen.findByRole('table', { name: 'Custom asset types' });
    const row = within(table).getByRole('row', { name: /CCTV camera/ });
    expect(within(row).getByText('cctv-camera')).toBeInTheDocument();
    expect(within(row).getByText('Resolution (Text, required)')).toBeInTheDocument();
    expect(within(row).getByText('Mount (Choice: wall, ceiling, pole)')).toBeInTheDocument();
    expect(screen.getByText(/Access point, Printer, Phone, UPS/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New asset type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Delete asset type/ })).not.toBeInTheDocument();
  });

  it('builds a type with a number and a select field and sends it', async () => {
    const { calls } = api(assetAdminMe, () => json({ ...cctvType, id: 't-door', key: 'door-sensor', name: 'Door sensor' }, 201));
    renderRoute(<DirectoryPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New asset type' }));
    const form = screen.getByRole('form', { name: 'New asset type' });
    await userEvent.type(within(form).getByLabelText('Type name'), 'Door sensor');
    expect(within(form).getByLabelText('Type key')).toHaveValue('door-sensor');

    for (let i = 0; i < 3; i++) await userEvent.click(within(form).getByRole('button', { name: 'Add field' }));
    const field1 = within(form).getByRole('group', { name: 'Field 1' });
    await userEvent.type(within(field1).getByLabelText('Label'), 'Battery level');
    expect(within(field1).getByLabelText('Key')).toHaveValue('batteryLevel');
    await userEvent.selectOptions(within(field1).getByLabelText('Input'), 'number');
    await userEvent.click(within(field1).getByLabelText('Required'));
    expect(within(field1).queryByLabelText('Choices')).not.toBeInTheDocument();

    const field2 = within(form).getByRole('group', { name: 'Field 2' });
    await userEvent.type(within(field2).getByLabelText('Label'), 'Zone');
    await userEvent.clear(within(field2).getByLabelText('Key'));
    await userEvent.type(within(field2).getByLabelText('Key'), 'area');
    await userEvent.type(within(field2).getByLabelText('Label'), ' name');
    // A key typed by hand no longer follows the label.
    expect(within(field2).getByLabelText('Key')).toHaveValue('area');
    await userEvent.selectOptions(within(field2).getByLabelText('Input'), 'select');
    await userEvent.type(within(field2).getByLabelText('Choices'), 'north, south ,north');

    await userEvent.click(within(form).getByRole('button', { name: 'Remove field 3' }));
    expect(within(form).queryByRole('group', { name: 'Field 3' })).not.toBeInTheDocument();
    await userEvent.click(within(form).getByRole('button', { name: 'Create asset type' }));

    expect(await screen.findByText('Asset type “Door sensor” created.')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(path(post)).toBe(`/api/v1/orgs/${orgId}/asset-types`);
    expect(await post.json()).toEqual({
      key: 'door-sensor',
      name: 'Door sensor',
      fields: [
        { key: 'batteryLevel', label: 'Battery level', type: 'number', required: true, options: [] },
        { key: 'area', label: 'Zone name', type: 'select', required: false, options: ['north', 'south'] },
      ],
    });
    expect(screen.queryByRole('form', { name: 'New asset type' })).not.toBeInTheDocument();
  });

  it('shows the API errors of the type and of each field row where they belong', async () => {
    let answer = problem(400, {
      title: 'One or more fields are invalid.',
      errors: {
        key: ['That key is a built-in type.'],
        'fields[0].key': ["Field keys start with a letter and use letters, digits and '_'."],
        'fields[1].options': ['A select field needs 1 to 100 options.'],
        fields: ['Field keys must be unique.'],
      },
    });
    api(assetAdminMe, () => answer);
    renderRoute(<DirectoryPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'New asset type' }));
    const form = screen.getByRole('form', { name: 'New asset type' });
    await userEvent.type(within(form).getByLabelText('Type name'), 'Switch');
    await userEvent.click(within(form).getByRole('button', { name: 'Add field' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add field' }));
    await userEvent.selectOptions(within(within(form).getByRole('group', { name: 'Field 2' })).getByLabelText('Input'), 'select');
    await userEvent.click(within(form).getByRole('button', { name: 'Create asset type' }));

    expect(await within(form).findByText('That key is a built-in type.')).toHaveAttribute('id', 'asset-type-key-error');
    expect(within(form).getByLabelText('Type key')).toHaveAccessibleDescription(/That key is a built-in type\./);
    const field1 = within(form).getByRole('group', { name: 'Field 1' });
    expect(within(field1).getByLabelText('Key')).toHaveClass('is-invalid');
    expect(within(field1).getByLabelText('Key')).toHaveAccessibleDescription("Field keys start with a letter and use letters, digits and '_'.");
    const field2 = within(form).getByRole('group', { name: 'Field 2' });
    expect(within(field2).getByLabelText('Choices')).toHaveAccessibleDescription(/A select field needs 1 to 100 options\./);
    expect(within(form).getByText('Field keys must be unique.')).toBeInTheDocument();
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();

    answer = problem(409, { title: 'Conflict.', detail: "A custom type with key 'switch-2' already exists.", errors: { key: ["A custom type with key 'switch-2' already exists."] } });
    await userEvent.click(within(form).getByRole('button', { name: 'Create asset type' }));
    expect(await within(form).findByText("A custom type with key 'switch-2' already exists.")).toHaveAttribute('id', 'asset-type-key-error');
  });

  it('deletes an unused type and shows the 409 of a used one', async () => {
    let answer = problem(409, { title: 'Conflict.', detail: '3 asset(s) have this type; change or delete them first.' });
    const { calls } = api(assetAdminMe, () => answer);
    renderRoute(<DirectoryPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete asset type CCTV camera' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete asset type' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete asset type' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('3 asset(s) have this type');
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`/api/v1/orgs/${orgId}/asset-types/t-cctv`);

    answer = new Response(null, { status: 204 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete asset type' }));
    expect(await screen.findByText('Asset type “CCTV camera” deleted.')).toBeInTheDocument();
  });
});
