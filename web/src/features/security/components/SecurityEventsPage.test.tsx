import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { rangeFor } from '../summary';
import { lockoutEvent, securityEvent, securitySummary } from '../testData';
import type { SecurityEventPage } from '../types';
import { SecurityEventsPage } from './SecurityEventsPage';

// Only Date is faked: the range is computed from "now", while timers keep running for the queries.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-03-01T02:30:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const busySummary = securitySummary({
  bucket: 'hour',
  from: '2026-02-28T03:00:00Z',
  to: '2026-03-01T03:00:00Z',
  totals: [
    { kind: 'rate_limit.exceeded', events: 1, hits: 42, lastAt: '2026-03-01T02:14:59Z' },
    { kind: 'account.locked', events: 1, hits: 1, lastAt: '2026-03-01T01:20:00Z' },
  ],
  points: [
    { start: '2026-03-01T01:00:00Z', kind: 'account.locked', events: 1, hits: 1 },
    { start: '2026-03-01T02:00:00Z', kind: 'rate_limit.exceeded', events: 1, hits: 42 },
  ],
});

/** Answers the summary with `summary` and the audit list with `list`. */
function api(summary: (r: Request) => Response | Promise<Response>, list: (r: Request) => Response | Promise<Response>) {
  return mockFetch((r) => (new URL(r.url).pathname === '/api/v1/security/summary' ? summary(r) : list(r)));
}

const page = (items: SecurityEventPage['items'], nextCursor: string | null = null) => json({ items, nextCursor });
const queries = (calls: Request[], path: string) =>
  calls.filter((c) => new URL(c.url).pathname === path).map((c) => Object.fromEntries(new URL(c.url).searchParams));

const route = { path: '/security' };

describe('SecurityEventsPage', () => {
  it('shows the summary per kind, the chart and the recent events of the last 24 hours', async () => {
    const { calls } = api(
      () => json(busySummary),
      () => page([securityEvent(2, { occurredAt: '2026-03-01T02:15:00Z' }), lockoutEvent(1, { occurredAt: '2026-03-01T01:20:00Z' })]),
    );
    renderRoute(<SecurityEventsPage />, route);

    expect(screen.getByRole('heading', { name: 'Security events' })).toBeInTheDocument();
    const rateLimits = await screen.findByTestId('summary-rate_limit.exceeded');
    expect(within(rateLimits).getByRole('heading', { name: 'Rate-limit hits' })).toBeInTheDocument();
    expect(within(rateLimits).getByTestId('summary-hits')).toHaveTextContent('42');
    expect(within(rateLimits).getByTestId('summary-events')).toHaveTextContent('hits in 1 event');
    const lockouts = screen.getByTestId('summary-account.locked');
    expect(within(lockouts).getByTestId('summary-hits')).toHaveTextContent('1');
    expect(within(lockouts).getByTestId('summary-events')).toHaveTextContent(/^event · last/);
    expect(within(screen.getByTestId('summary-geoip.blocked')).getByTestId('summary-hits')).toHaveTextContent('0');
    expect(screen.getByTestId('security-chart')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Hits per hour' })).toBeInTheDocument();

    const range = rangeFor('24h');
    expect(range).toEqual({ bucket: 'hour', from: '2026-02-28T03:00:00.000Z', to: '2026-03-01T03:00:00.000Z' });
    expect(queries(calls, '/api/v1/security/summary')).toEqual([{ bucket: 'hour', from: range.from, to: range.to }]);
    expect(queries(calls, '/api/v1/audit')).toEqual([{ category: 'security', limit: '50', from: range.from, to: range.to }]);

    const table = screen.getByRole('table', { name: 'Security events' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Rate-limit hits');
    expect(rows[0]).toHaveTextContent('203.0.113.9');
    expect(rows[0]).toHaveTextContent('login-ip:203.0.113.9');
    expect(rows[0]).toHaveTextContent('42');
    expect(rows[0]).toHaveTextContent('POST /api/v1/auth/login');
    expect(rows[1]).toHaveTextContent('Lockouts');
    expect(rows[1]).toHaveTextContent('ann@example.test');
    expect(within(rows[0]).getByRole('link', { name: 'Audit log entries like event 2' })).toHaveAttribute(
      'href',
      '/audit?category=security&action=rate_limit.exceeded&targetType=partition&targetId=login-ip%3A203.0.113.9',
    );
    // Everything fits on one page: no pager.
    expect(screen.queryByRole('navigation', { name: 'Pages' })).not.toBeInTheDocument();
  });

  it('filters by kind and range through the URL and pages with the cursor', async () => {
    const { calls } = api(
      (r) => json({ ...busySummary, bucket: new URL(r.url).searchParams.get('bucket') ?? 'hour' }),
      (r) =>
        new URL(r.url).searchParams.get('cursor') === 'c2'
          ? page([lockoutEvent(1, { details: { email: 'bob@example.test' } })])
          : page([lockoutEvent(2)], 'c2'),
    );
    renderRoute(<SecurityEventsPage />, { ...route, route: '/security?range=7d&kind=account.locked' });

    expect(await screen.findByText('ann@example.test')).toBeInTheDocument();
    expect(screen.getByLabelText('Kind')).toHaveValue('account.locked');
    expect(screen.getByLabelText('Range')).toHaveValue('7d');
    const week = rangeFor('7d');
    expect(queries(calls, '/api/v1/security/summary')[0]).toEqual({ bucket: 'day', from: week.from, to: week.to });
    expect(queries(calls, '/api/v1/audit')[0]).toEqual({ category: 'security', limit: '50', from: week.from, to: week.to, action: 'account.locked' });
    expect(screen.getByRole('button', { name: 'Show all kinds of events' })).toHaveAttribute('aria-pressed', 'true');

    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByText('bob@example.test')).toBeInTheDocument();
    expect(screen.queryByText('ann@example.test')).not.toBeInTheDocument();
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(queries(calls, '/api/v1/audit').at(-1)).toMatchObject({ cursor: 'c2', action: 'account.locked' });
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await userEvent.selectOptions(screen.getByLabelText('Kind'), '');
    await waitFor(() => expect(queries(calls, '/api/v1/audit').at(-1)).toEqual({ category: 'security', limit: '50', from: week.from, to: week.to }));
    await userEvent.selectOptions(screen.getByLabelText('Range'), '24h');
    await waitFor(() => expect(queries(calls, '/api/v1/security/summary').at(-1)).toMatchObject({ bucket: 'hour' }));
  });

  it('filters the table from a summary card', async () => {
    const { calls } = api(() => json(busySummary), () => page([securityEvent(1)]));
    renderRoute(<SecurityEventsPage />, route);

    await userEvent.click(await screen.findByRole('button', { name: 'Show only rate-limit hits' }));
    await waitFor(() => expect(queries(calls, '/api/v1/audit').at(-1)).toMatchObject({ action: 'rate_limit.exceeded' }));
    expect(screen.getByLabelText('Kind')).toHaveValue('rate_limit.exceeded');
    // Kinds that did not happen have nothing to show.
    expect(screen.getByRole('button', { name: 'Show only country blocks' })).toBeDisabled();
  });

  it('moves the range forward and reloads on Refresh', async () => {
    const { calls } = api(() => json(busySummary), () => page([securityEvent(1)]));
    renderRoute(<SecurityEventsPage />, route);
    await screen.findByRole('table', { name: 'Security events' });

    vi.setSystemTime(new Date('2026-03-01T03:10:00Z'));
    await userEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() =>
      expect(queries(calls, '/api/v1/security/summary').at(-1)).toEqual({ bucket: 'hour', from: '2026-02-28T04:00:00.000Z', to: '2026-03-01T04:00:00.000Z' }),
    );
    await waitFor(() => expect(queries(calls, '/api/v1/audit').at(-1)).toMatchObject({ to: '2026-03-01T04:00:00.000Z' }));
  });

  it('says so when nothing happened', async () => {
    api(
      () => json(securitySummary({ from: '2026-02-28T03:00:00Z', to: '2026-03-01T03:00:00Z' })),
      () => page([]),
    );
    renderRoute(<SecurityEventsPage />, route);

    expect(await screen.findByTestId('security-summary-empty')).toHaveTextContent('No security events in this period');
    expect(screen.getByText('No security events in this period.', { selector: 'p' })).toBeInTheDocument();
    expect(await screen.findByTestId('security-events-empty')).toHaveTextContent('No security events in this period.');
    expect(within(screen.getByTestId('summary-account.locked')).getByTestId('summary-hits')).toHaveTextContent('0');
    expect(screen.queryByRole('table', { name: 'Security events' })).not.toBeInTheDocument();
  });

  it('shows errors with a working retry', async () => {
    let fail = true;
    api(
      () => (fail ? problem(500, { title: 'Server error', detail: 'Database unavailable.' }) : json(busySummary)),
      () => (fail ? problem(500, { title: 'Server error', detail: 'Database unavailable.' }) : page([securityEvent(1)])),
    );
    renderRoute(<SecurityEventsPage />, route);

    expect(await screen.findByText(/Could not load the summary: Database unavailable\./)).toBeInTheDocument();
    expect(await screen.findByText(/Could not load security events: Database unavailable\./)).toBeInTheDocument();
    fail = false;
    for (const retry of screen.getAllByRole('button', { name: 'Retry' })) await userEvent.click(retry);
    expect(await screen.findByTestId('summary-rate_limit.exceeded')).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Security events' })).toBeInTheDocument();
  });

  it('explains an admin address block', async () => {
    const blocked = () =>
      problem(403, {
        type: 'https://clientstor.dev/problems/admin-ip-not-allowed',
        title: 'Address not allowed for administration.',
        detail: "Administration (users, roles, API keys, settings) is only allowed from the platform's admin networks; 198.51.100.4 is not one of them.",
      });
    api(blocked, blocked);
    renderRoute(<SecurityEventsPage />, route);
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    for (const alert of screen.getAllByRole('alert')) expect(alert).toHaveTextContent(/198\.51\.100\.4 is not one of them\..*settings clear-admin-allowlist/);
  });
});
