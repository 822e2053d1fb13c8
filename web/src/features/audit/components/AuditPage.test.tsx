import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { globalAdminMe, json, mockFetch, problem, renderRoute, withMe } from '../../../test/render';
import { auditEvent } from '../testData';
import { AuditPage } from './AuditPage';

afterEach(() => vi.unstubAllGlobals());

const emptyStats = (r: Request) => {
  const url = new URL(r.url);
  return json({ bucket: 'day', from: url.searchParams.get('from'), to: url.searchParams.get('to'), points: [] });
};

/** Answers stats and verify calls; list calls go to `list`. */
function api(list: (r: Request) => Response | Promise<Response>) {
  return mockFetch(withMe(globalAdminMe, (r) => (new URL(r.url).pathname.endsWith('/stats') ? emptyStats(r) : list(r))));
}

const listCalls = (calls: Request[]) =>
  calls.filter((c) => /\/audit$/.test(new URL(c.url).pathname)).map((c) => Object.fromEntries(new URL(c.url).searchParams));

const platform = { path: '/audit' };
const org = { path: '/orgs/:orgId/audit', route: '/orgs/org-1/audit' };

describe('AuditPage', () => {
  it('shows a spinner while loading', () => {
    mockFetch(withMe(globalAdminMe, () => new Promise<Response>(() => {})));
    renderRoute(<AuditPage />, platform);
    expect(screen.getByText('Loading audit events…')).toBeInTheDocument();
  });

  it('sends the filters from the URL and pages with the cursor stack', async () => {
    const { calls } = api((r) =>
      new URL(r.url).searchParams.get('cursor') === 'c2'
        ? json({ items: [auditEvent(1, { action: 'org.renamed', text: 'Ada Admin renamed organisation Acme' })], nextCursor: null })
        : json({ items: [auditEvent(2)], nextCursor: 'c2' }),
    );
    renderRoute(<AuditPage />, { ...platform, route: '/audit?category=organisation&outcome=success&action=org.created&from=2026-03-01&to=2026-03-02&q=acme' });

    expect(await screen.findByText('Ada Admin created organisation Acme')).toBeInTheDocument();
    expect(listCalls(calls)[0]).toEqual({
      limit: '50',
      category: 'organisation',
      outcome: 'success',
      action: 'org.created',
      q: 'acme',
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 2, 23, 59, 59, 999).toISOString(),
    });
    // The form shows what the URL says.
    expect(screen.getByLabelText('Category')).toHaveValue('organisation');
    expect(screen.getByLabelText('From')).toHaveValue('2026-03-01');
    expect(screen.getByLabelText('Search')).toHaveValue('acme');
    // The chart covers the filtered days.
    const stats = calls.find((c) => new URL(c.url).pathname === '/api/v1/audit/stats')!;
    expect(new URL(stats.url).searchParams.get('from')).toBe(new Date(2026, 2, 1).toISOString());

    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('Ada Admin renamed organisation Acme')).toBeInTheDocument();
    expect(listCalls(calls).at(-1)).toMatchObject({ cursor: 'c2', category: 'organisation' });
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(await screen.findByText('Ada Admin created organisation Acme')).toBeInTheDocument();
  });

  it('puts changed filters into the query and debounces the text boxes', async () => {
    const { calls } = api(() => json({ items: [], nextCursor: null }));
    renderRoute(<AuditPage />, platform);
    expect(await screen.findByText('No audit events recorded yet.')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Category'), 'security');
    expect(await screen.findByText('No audit events match these filters')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'denied');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-04-30' } });
    await userEvent.type(screen.getByLabelText('Action'), 'login.failed');

    await waitFor(() =>
      expect(listCalls(calls).at(-1)).toEqual({
        limit: '50',
        category: 'security',
        outcome: 'denied',
        action: 'login.failed',
        to: new Date(2026, 3, 30, 23, 59, 59, 999).toISOString(),
      }),
    );
    // No request per keystroke.
    expect(listCalls(calls).filter((q) => q.action && q.action !== 'login.failed')).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listCalls(calls).at(-1)).toEqual({ limit: '50' }));
    expect(screen.getByLabelText('Action')).toHaveValue('');
  });

  it('shows an error with a working retry', async () => {
    let fail = true;
    api(() => (fail ? problem(500, { title: 'Server error', detail: 'Database unavailable.' }) : json({ items: [auditEvent(1)], nextCursor: null })));
    renderRoute(<AuditPage />, platform);

    expect(await screen.findByText(/Could not load audit events: Database unavailable\./)).toBeInTheDocument();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('Ada Admin created organisation Acme')).toBeInTheDocument();
  });

  it('explains a 403', async () => {
    api(() => problem(403, { title: 'Forbidden' }));
    renderRoute(<AuditPage />, org);
    expect(await screen.findByText(/^You do not have permission to view this audit log: Forbidden/)).toBeInTheDocument();
  });

  it('explains an admin address block instead of claiming a missing permission', async () => {
    api(() =>
      problem(403, {
        type: 'https://clientstor.dev/problems/admin-ip-not-allowed',
        title: 'Address not allowed for administration.',
        detail: "Administration is only allowed from the platform's admin networks; 198.51.100.4 is not one of them.",
      }),
    );
    renderRoute(<AuditPage />, platform);
    expect(await screen.findByText(/198\.51\.100\.4 is not one of them\..*settings clear-admin-allowlist/)).toBeInTheDocument();
    expect(screen.queryByText(/You do not have permission to view this audit log/)).not.toBeInTheDocument();
  });

  it('offers the chain check on the platform page only', async () => {
    api(() => json({ items: [], nextCursor: null }));
    const { unmount } = renderRoute(<AuditPage />, platform);
    expect(await screen.findByRole('button', { name: 'Verify chain' })).toBeInTheDocument();
    unmount();

    const { calls } = api(() => json({ items: [], nextCursor: null }));
    renderRoute(<AuditPage />, org);
    expect(await screen.findByText('No audit events recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify chain' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Client' })).toHaveAttribute('href', '/orgs/org-1');
    const paths = calls.map((c) => new URL(c.url).pathname);
    expect(paths).toContain('/api/v1/orgs/org-1/audit');
    expect(paths).toContain('/api/v1/orgs/org-1/audit/stats');
  });

  it('exports a CSV with the current filters, showing a spinner meanwhile', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:x');
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let answer: (r: Response) => void = () => {};
    const { calls } = api((r) =>
      new URL(r.url).pathname.endsWith('.csv')
        ? new Promise<Response>((resolve) => (answer = resolve))
        : json({ items: [auditEvent(1)], nextCursor: null }),
    );
    renderRoute(<AuditPage />, { ...org, route: '/orgs/org-1/audit?outcome=failure' });
    await screen.findByText('Ada Admin created organisation Acme');

    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Downloading…')).toBeInTheDocument();
    const exportCall = calls.find((c) => new URL(c.url).pathname === '/api/v1/orgs/org-1/audit/export.csv')!;
    expect(new URL(exportCall.url).search).toBe('?outcome=failure');
    expect(exportCall.headers.get('Authorization')).toBe('Bearer test-token');

    answer(new Response('id\n1\n', { headers: { 'Content-Type': 'text/csv' } }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(screen.queryByText('Downloading…')).not.toBeInTheDocument());
  });

  it('shows an error when the export fails', async () => {
    api((r) =>
      new URL(r.url).pathname.endsWith('.csv')
        ? problem(500, { title: 'Server error', detail: 'Export failed.' })
        : json({ items: [], nextCursor: null }),
    );
    renderRoute(<AuditPage />, platform);
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    expect(await screen.findByText('Could not export the audit log: Export failed.')).toBeInTheDocument();
  });
});
