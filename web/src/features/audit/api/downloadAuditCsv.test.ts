import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureAuth } from '../../../api/client';
import { ApiError } from '../../../lib/problem';
import { mockFetch, problem } from '../../../test/render';
import { emptyAuditFilters } from '../filters';
import { downloadAuditCsv } from './downloadAuditCsv';

const csv = 'id,occurredAt,action\n1,2026-03-01T00:00:00Z,org.created\n';

// jsdom has no blob URLs: only these two browser APIs are stood in for, the request goes through fetch.
const revokeObjectURL = vi.fn();
let created: Blob[] = [];
let clicked: HTMLAnchorElement[] = [];
beforeEach(() => {
  created = [];
  clicked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:audit-1';
  });
  URL.revokeObjectURL = revokeObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
  configureAuth({ getAccessToken: () => Promise.resolve('test-token'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
});
afterEach(() => vi.unstubAllGlobals());

describe('downloadAuditCsv', () => {
  it('fetches the export with the bearer token and the current filters, then saves the blob', async () => {
    const { calls } = mockFetch(
      () =>
        new Response(csv, {
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit-2026-03-01.csv"' },
        }),
    );

    const name = await downloadAuditCsv({
      orgId: null,
      filters: { ...emptyAuditFilters, category: 'organisation', action: 'org.created', from: '2026-03-01', to: '2026-03-02', q: 'acme' },
    });

    expect(calls).toHaveLength(1);
    const url = new URL(calls[0].url);
    expect(url.pathname).toBe('/api/v1/audit/export.csv');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      category: 'organisation',
      action: 'org.created',
      q: 'acme',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 2, 23, 59, 59, 999).toISOString(),
    });
    expect(calls[0].headers.get('Authorization')).toBe('Bearer test-token');

    expect(name).toBe('audit-2026-03-01.csv');
    expect(await created[0].text()).toBe(csv);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('audit-2026-03-01.csv');
    expect(clicked[0].getAttribute('href')).toBe('blob:audit-1');
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:audit-1'));
  });

  it('uses the organisation endpoint and a default file name', async () => {
    const { calls } = mockFetch(() => new Response(csv, { headers: { 'Content-Type': 'text/csv' } }));
    const name = await downloadAuditCsv({ orgId: 'org-1', filters: { ...emptyAuditFilters, outcome: 'denied' } });
    expect(new URL(calls[0].url).pathname).toBe('/api/v1/orgs/org-1/audit/export.csv');
    expect(new URL(calls[0].url).search).toBe('?outcome=denied');
    expect(name).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/);
  });

  it('throws the problem details and saves nothing when the export fails', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'Global administrators only.' }));
    const error = await downloadAuditCsv({ orgId: null, filters: emptyAuditFilters }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Global administrators only.');
    expect(created).toHaveLength(0);
    expect(clicked).toHaveLength(0);
  });
});
