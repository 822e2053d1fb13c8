import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { assetAdminMe, assetReaderMe, assetWriterMe, cameraDetail, coreSwitch, lobbyCamera, lookups, orgId, switchDetail } from '../testData';
import type { AssetDetail } from '../types';
import { AssetPage } from './AssetPage';

afterEach(() => vi.unstubAllGlobals());

const route = (id: string) => ({ path: '/orgs/:orgId/assets/:assetId', route: `/orgs/${orgId}/assets/${id}` });
const path = (r: Request) => new URL(r.url).pathname;
const base = `/api/v1/orgs/${orgId}/assets`;

function api(me: unknown, detail: AssetDetail, onWrite: (r: Request) => Response | Promise<Response> = () => new Response(null, { status: 204 })) {
  return mockFetch(
    withMe(me, (r) => {
      const lookup = lookups(r);
      if (lookup) return lookup;
      if (r.method !== 'GET') return onWrite(r);
      if (path(r) === base) return json({ items: [coreSwitch, lobbyCamera], nextCursor: null });
      return json(detail);
    }),
  );
}

describe('AssetPage', () => {
  it('shows every field with the location and contact names, the interfaces and the relations both ways', async () => {
    api(assetAdminMe, switchDetail);
    renderRoute(<AssetPage />, route(coreSwitch.id));

    expect(await screen.findByRole('heading', { name: 'Core switch' })).toBeInTheDocument();
    expect(screen.getByText('SN-0001')).toBeInTheDocument();
    expect(screen.getByText('Cisco')).toBeInTheDocument();
    expect(screen.getByText('Stack master')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Head office › Rack room' })).toHaveAttribute('href', `/orgs/${orgId}/assets?location=l-rack`);
    expect((await screen.findAllByText('Alice Admin')).length).toBeGreaterThan(0);
    for (const mail of screen.getAllByRole('link', { name: 'alice@example.test' })) expect(mail).toHaveAttribute('href', 'mailto:alice@example.test');

    // The related-items panel: the linked credential with its copy buttons, the assigned contact.
    const panel = screen.getByRole('complementary', { name: 'Related items' });
    const credentials = within(panel).getByRole('list', { name: 'Linked credentials' });
    expect(within(credentials).getByRole('link', { name: 'Switch admin' })).toHaveAttribute('href', `/orgs/${orgId}/vault/c-1`);
    expect(within(credentials).getByRole('button', { name: 'Copy username of Switch admin' })).toBeInTheDocument();
    expect(within(panel).getByRole('list', { name: 'Contacts' })).toHaveTextContent('Alice Admin');
    expect(screen.getByText('Expired')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'network' })).toHaveAttribute('href', `/orgs/${orgId}/assets?tag=network`);

    const interfaces = screen.getByRole('table', { name: 'Interfaces' });
    expect(within(interfaces).getByRole('row', { name: /Gi1\/0\/1\s+aa:bb:cc:dd:ee:01\s+Uplink/ })).toBeInTheDocument();

    const relations = screen.getByRole('list', { name: 'Relations' });
    const items = within(relations).getAllByRole('listitem').map((li) => li.textContent?.replace(/Remove$/, '').trim());
    expect(items).toEqual(['Connected from Lobby AP', 'Powered by Rack UPS']);
    expect(within(relations).getByRole('link', { name: 'Rack UPS' })).toHaveAttribute('href', `/orgs/${orgId}/assets/a-ups`);
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', `/orgs/${orgId}/assets/${coreSwitch.id}/edit`);
    expect(screen.getByRole('button', { name: 'Delete…' })).toBeInTheDocument();
  });

  it('renders the custom fields by their definitions', async () => {
    api(assetReaderMe, cameraDetail);
    renderRoute(<AssetPage />, route(lobbyCamera.id));

    const section = await screen.findByRole('region', { name: 'CCTV camera fields' });
    const value = (label: string) => within(section).getByText(label).nextElementSibling;
    expect(value('Resolution')).toHaveTextContent('1080p');
    expect(value('Frames per second')).toHaveTextContent('25');
    expect(value('Installed on')).toHaveTextContent('—');
    expect(value('Outdoor')).toHaveTextContent('Yes');
    expect(value('Mount')).toHaveTextContent('ceiling');
    expect(within(section).getByRole('link', { name: 'https://cam.example.test' })).toHaveAttribute('rel', 'noopener noreferrer');
    // A reader sees no way to change anything.
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add interface' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Add relation' })).not.toBeInTheDocument();
    expect(screen.getByText('No interfaces recorded.')).toBeInTheDocument();
  });

  it('adds an interface, shows a duplicate name under the field, and removes one after confirmation', async () => {
    let answer: Response = problem(409, { title: 'Conflict.', detail: "The asset already has an interface named 'Gi1/0/1'.", errors: { name: ["The asset already has an interface named 'Gi1/0/1'."] } });
    const { calls } = api(assetWriterMe, switchDetail, () => answer);
    renderRoute(<AssetPage />, route(coreSwitch.id));

    const form = await screen.findByRole('form', { name: 'Add interface' });
    await userEvent.type(within(form).getByLabelText('Interface name'), 'Gi1/0/1');
    await userEvent.click(within(form).getByRole('button', { name: 'Add interface' }));
    expect(await within(form).findByText("The asset already has an interface named 'Gi1/0/1'.")).toHaveAttribute('id', 'interface-name-error');
    expect(within(form).getByLabelText('Interface name')).toHaveClass('is-invalid');

    answer = json({ id: 'i-2', name: 'Gi1/0/2', macAddress: 'aa:bb:cc:dd:ee:02', description: 'Printer' }, 201);
    await userEvent.clear(within(form).getByLabelText('Interface name'));
    await userEvent.type(within(form).getByLabelText('Interface name'), ' Gi1/0/2 ');
    await userEvent.type(within(form).getByLabelText('MAC address'), 'AA-BB-CC-DD-EE-02');
    await userEvent.type(within(form).getByLabelText('Description'), 'Printer');
    await userEvent.click(within(form).getByRole('button', { name: 'Add interface' }));
    await vi.waitFor(() => expect(within(form).getByLabelText('Interface name')).toHaveValue(''));
    const posts = calls.filter((c) => c.method === 'POST' && path(c).startsWith(base));
    expect(path(posts[1])).toBe(`${base}/${coreSwitch.id}/interfaces`);
    expect(await posts[1].json()).toEqual({ name: 'Gi1/0/2', macAddress: 'AA-BB-CC-DD-EE-02', description: 'Printer' });

    answer = new Response(null, { status: 204 });
    await userEvent.click(screen.getByRole('button', { name: 'Remove interface Gi1/0/1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove interface' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove interface' }));
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'DELETE')).toBeDefined());
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`${base}/${coreSwitch.id}/interfaces/i-1`);
    // Only a writer without assets.delete: edit, but no delete.
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete…' })).not.toBeInTheDocument();
  });

  it('relates the asset to one found with the picker, and removes a relation', async () => {
    const { calls } = api(assetAdminMe, switchDetail, (r) =>
      r.method === 'POST' ? json({ id: 'r-3', kind: 'depends-on', direction: 'outgoing', otherAssetId: lobbyCamera.id, otherAssetName: lobbyCamera.name }, 201) : new Response(null, { status: 204 }),
    );
    renderRoute(<AssetPage />, route(coreSwitch.id));

    const form = await screen.findByRole('form', { name: 'Add relation' });
    expect(within(form).getByRole('button', { name: 'Add relation' })).toBeDisabled();
    await userEvent.selectOptions(within(form).getByLabelText('This asset…'), 'depends-on');
    await userEvent.type(within(form).getByLabelText('Find the other asset'), 'o');
    const matches = await within(form).findByRole('group', { name: 'Matching assets' });
    const search = calls.filter((c) => c.method === 'GET' && path(c) === base).at(-1)!;
    expect(Object.fromEntries(new URL(search.url).searchParams)).toEqual({ limit: '10', q: 'o' });
    // The asset itself is never offered.
    expect(within(matches).queryByRole('radio', { name: /Core switch/ })).not.toBeInTheDocument();
    await userEvent.click(within(matches).getByRole('radio', { name: /Lobby camera/ }));
    await userEvent.click(within(form).getByRole('button', { name: 'Add relation' }));

    await vi.waitFor(() => expect(calls.some((c) => c.method === 'POST' && path(c).startsWith(base))).toBe(true));
    const post = calls.find((c) => c.method === 'POST' && path(c).startsWith(base))!;
    expect(path(post)).toBe(`${base}/${coreSwitch.id}/relations`);
    expect(await post.json()).toEqual({ kind: 'depends-on', toAssetId: lobbyCamera.id });
    await vi.waitFor(() => expect(within(form).getByLabelText('Find the other asset')).toHaveValue(''));

    await userEvent.click(screen.getByRole('button', { name: 'Remove relation: Powered by Rack UPS' }));
    const dialog = await screen.findByRole('dialog', { name: 'Remove relation' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove relation' }));
    await vi.waitFor(() => expect(calls.find((c) => c.method === 'DELETE')).toBeDefined());
    expect(path(calls.find((c) => c.method === 'DELETE')!)).toBe(`${base}/${coreSwitch.id}/relations/r-1`);
  });

  it('deletes after confirmation with the etag, and explains a 412', async () => {
    let answer = problem(412, { title: 'Precondition failed.' });
    const { calls } = api(assetAdminMe, switchDetail, () => answer);
    renderRoute(<AssetPage />, route(coreSwitch.id));

    await userEvent.click(await screen.findByRole('button', { name: 'Delete…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete asset' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete asset' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('changed by someone else');
    expect(calls.find((c) => c.method === 'DELETE')!.headers.get('If-Match')).toBe('"s1"');

    answer = new Response(null, { status: 204 });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete asset' }));
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
  });

  it('says when the asset does not exist', async () => {
    mockFetch(withMe(assetAdminMe, (r) => lookups(r) ?? problem(404, { title: 'Not found.' })));
    renderRoute(<AssetPage />, route('missing'));
    expect(await screen.findByText('This asset does not exist or you cannot access it.')).toBeInTheDocument();
  });
});
