import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, readBlob, renderRoute, withMe } from '../../../test/render';
import { assetAdminMe, assetReaderMe, coreSwitch, lookups, orgId } from '../testData';
import type { AssetImportReport } from '../types';
import { AssetsPage } from './AssetsPage';

afterEach(() => vi.unstubAllGlobals());

// jsdom's Blob has no text() (browsers do); FileReader stands in for it.
beforeAll(() => {
  if (typeof Blob.prototype.text === 'function') return;
  Blob.prototype.text = function (this: Blob) {
    return readBlob(this);
  };
});

const route = { path: '/orgs/:orgId/assets', route: `/orgs/${orgId}/assets` };
const path = (r: Request) => new URL(r.url).pathname;
const isImport = (r: Request) => r.method === 'POST' && path(r).endsWith('/assets/import.csv');
const listCount = (calls: Request[]) => calls.filter((c) => c.method === 'GET' && path(c).endsWith('/assets')).length;

const csv = 'type,name,serial,status\r\nswitch,Core switch,SN-0001,active\r\nswitch,Edge switch,,broken\r\nrouter,,R-1,\r\n';
const file = () => new File([csv], 'assets.csv', { type: 'text/csv' });

const preview: AssetImportReport = {
  dryRun: true,
  mode: 'all',
  rows: 3,
  created: 0,
  updated: 1,
  unchanged: 0,
  rejected: 2,
  written: false,
  errors: [
    { line: 3, field: 'status', message: "'broken' is not a status (planned, active, in-repair, spare, retired)." },
    { line: 4, field: 'name', message: 'The name is required.' },
  ],
};

function api(me: unknown, onImport: (r: Request) => Response) {
  return mockFetch(withMe(me, (r) => lookups(r) ?? (isImport(r) ? onImport(r) : json({ items: [coreSwitch], nextCursor: null }))));
}

async function openModal() {
  await screen.findByRole('table', { name: 'Assets' });
  await userEvent.click(await screen.findByRole('button', { name: 'Import CSV' }));
  return screen.findByRole('dialog', { name: 'Import assets from CSV' });
}

describe('ImportAssetsModal', () => {
  it('previews the file as a dry run and lists each rejected row with its line, column and message', async () => {
    const { calls } = api(assetAdminMe, () => json(preview));
    renderRoute(<AssetsPage />, route);
    const dialog = await openModal();

    expect(dialog).toHaveTextContent('columns of the export');
    expect(dialog).toHaveTextContent('Rows match existing assets by serial, then by name');
    expect(within(dialog).getByRole('button', { name: 'Preview' })).toBeDisabled();
    await userEvent.upload(within(dialog).getByLabelText('CSV file'), file());
    expect(within(dialog).getByLabelText('Mode')).toHaveValue('all');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));

    const errors = await within(dialog).findByRole('table', { name: 'Import errors' });
    const rows = within(errors).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['3', 'status', "'broken' is not a status (planned, active, in-repair, spare, retired)."],
      ['4', 'name', 'The name is required.'],
    ]);
    expect(within(dialog).getByRole('heading', { name: 'Preview' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('3 row(s): 0 new, 1 updated, 0 unchanged, 2 rejected.');
    expect(dialog).toHaveTextContent('nothing would be written');

    const post = calls.find(isImport)!;
    expect(Object.fromEntries(new URL(post.url).searchParams)).toEqual({ dryRun: 'true', mode: 'all' });
    expect(post.headers.get('Content-Type')).toBe('text/csv');
    expect(post.headers.get('Authorization')).toBe('Bearer test-token');
    expect(await post.text()).toBe(csv);
  });

  it('imports the valid rows for real, shows the result and reloads the list', async () => {
    const { calls } = api(assetAdminMe, (r) =>
      new URL(r.url).searchParams.get('dryRun') === 'true'
        ? json({ ...preview, mode: 'partial' })
        : json({ ...preview, dryRun: false, mode: 'partial', written: true }),
    );
    renderRoute(<AssetsPage />, route);
    const dialog = await openModal();

    await userEvent.upload(within(dialog).getByLabelText('CSV file'), file());
    await userEvent.selectOptions(within(dialog).getByLabelText('Mode'), 'Valid rows only');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    expect(await within(dialog).findByText(/rows with errors would be skipped/)).toBeInTheDocument();

    const before = listCount(calls);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Import' }));
    expect(await within(dialog).findByRole('heading', { name: 'Import result' })).toBeInTheDocument();
    expect(dialog).toHaveTextContent('Imported: 0 created, 1 updated. 2 row(s) with errors were skipped.');
    expect(within(dialog).getByRole('table', { name: 'Import errors' })).toBeInTheDocument();
    await vi.waitFor(() => expect(listCount(calls)).toBe(before + 1));

    const posts = calls.filter(isImport).map((c) => Object.fromEntries(new URL(c.url).searchParams));
    expect(posts).toEqual([
      { dryRun: 'true', mode: 'partial' },
      { dryRun: 'false', mode: 'partial' },
    ]);
    expect(within(dialog).queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Done' }));
    await vi.waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows why a file with a bad header was refused', async () => {
    api(assetAdminMe, () =>
      problem(400, {
        title: 'One or more fields are invalid.',
        detail: "Correct the fields listed in 'errors' and try again.",
        errors: { file: ['Unknown column(s): colour.'] },
      }),
    );
    renderRoute(<AssetsPage />, route);
    const dialog = await openModal();

    await userEvent.upload(within(dialog).getByLabelText('CSV file'), new File(['type,name,colour\r\n'], 'bad.csv', { type: 'text/csv' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Preview' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be imported');
    expect(alert).toHaveTextContent('Unknown column(s): colour.');
    expect(within(dialog).queryByRole('table', { name: 'Import errors' })).not.toBeInTheDocument();
  });

  it('is offered only to people who may change assets', async () => {
    api(assetReaderMe, () => json(preview));
    renderRoute(<AssetsPage />, route);
    await screen.findByRole('table', { name: 'Assets' });
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import CSV' })).not.toBeInTheDocument();
  });
});
