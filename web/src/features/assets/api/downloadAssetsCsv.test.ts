import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureAuth } from '../../../api/client';
import { ApiError } from '../../../lib/problem';
import { mockFetch, problem } from '../../../test/render';
import { orgId } from '../testData';
import type { AssetFilters } from '../types';
import { downloadAssetsCsv } from './downloadAssetsCsv';

const csv = 'id,type,name\r\na-switch,switch,Core switch\r\n';
const noFilters: AssetFilters = { q: '', type: '', status: '', locationId: '', tag: '', warrantyBefore: '' };

// jsdom has no blob URLs: only these two browser APIs are stood in for, the request goes through fetch.
const revokeObjectURL = vi.fn();
let created: Blob[] = [];
let clicked: HTMLAnchorElement[] = [];
beforeEach(() => {
  created = [];
  clicked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:assets-1';
  });
  URL.revokeObjectURL = revokeObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  configureAuth({ getAccessToken: () => Promise.resolve('test-token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('downloadAssetsCsv', () => {
  it('fetches the export with the bearer token and the list filters, then saves it under the server’s file name', async () => {
    const { calls } = mockFetch(
      () => new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="assets-${orgId}.csv"` } }),
    );

    const name = await downloadAssetsCsv({
      orgId,
      filters: { q: 'core', type: 'switch', status: 'active', locationId: 'l-rack', tag: 'network', warrantyBefore: '2027-01-01' },
    });

    expect(calls).toHaveLength(1);
    const url = new URL(calls[0].url);
    expect(url.pathname).toBe(`/api/v1/orgs/${orgId}/assets/export.csv`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      q: 'core',
      type: 'switch',
      status: 'active',
      locationId: 'l-rack',
      tag: 'network',
      warrantyBefore: '2027-01-01',
    });
    expect(calls[0].headers.get('Authorization')).toBe('Bearer test-token');

    expect(name).toBe(`assets-${orgId}.csv`);
    expect(await created[0].text()).toBe(csv);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(`assets-${orgId}.csv`);
    expect(clicked[0].getAttribute('href')).toBe('blob:assets-1');
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:assets-1'));
  });

  it('leaves empty filters out and falls back to assets-<orgId>.csv', async () => {
    const { calls } = mockFetch(() => new Response(csv, { headers: { 'Content-Type': 'text/csv' } }));
    const name = await downloadAssetsCsv({ orgId, filters: { ...noFilters, status: 'spare' } });
    expect(new URL(calls[0].url).search).toBe('?status=spare');
    expect(name).toBe(`assets-${orgId}.csv`);
    expect(clicked[0].download).toBe(`assets-${orgId}.csv`);
  });

  it('throws the problem details and saves nothing when the export fails', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'You need assets.read.' }));
    const error = await downloadAssetsCsv({ orgId, filters: noFilters }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('You need assets.read.');
    expect(created).toHaveLength(0);
    expect(clicked).toHaveLength(0);
  });
});
