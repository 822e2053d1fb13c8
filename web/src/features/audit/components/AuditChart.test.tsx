import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { AuditChart } from './AuditChart';

afterEach(() => vi.unstubAllGlobals());

const range = { from: '2026-03-01T00:00:00.000Z', to: '2026-03-03T23:59:59.999Z' };

describe('AuditChart', () => {
  it('asks for daily buckets over the range and draws one stacked bar series per category', async () => {
    const { calls } = mockFetch(() =>
      json({
        bucket: 'day',
        ...range,
        points: [
          { start: '2026-03-01T00:00:00Z', category: 'authentication', count: 4 },
          { start: '2026-03-02T00:00:00Z', category: 'organisation', count: 2 },
        ],
      }),
    );
    const { container } = renderRoute(<AuditChart orgId="org-1" range={range} width={600} />);

    expect(await screen.findByTestId('audit-chart')).toBeInTheDocument();
    const url = new URL(calls[0].url);
    expect(url.pathname).toBe('/api/v1/orgs/org-1/audit/stats');
    expect(Object.fromEntries(url.searchParams)).toEqual({ bucket: 'day', ...range });

    // Legend entries name the categories; each series is its own bar layer.
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar')).toHaveLength(2));
    expect(screen.getByText('Authentication')).toBeInTheDocument();
    expect(screen.getByText('Organisation')).toBeInTheDocument();
    // Days without events still get a tick: three days in the range.
    expect(container.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveLength(3);
  });

  it('says so when the range has no events', async () => {
    mockFetch(() => json({ bucket: 'day', ...range, points: [] }));
    renderRoute(<AuditChart orgId={null} range={range} width={600} />);
    expect(await screen.findByText('No events in this period.')).toBeInTheDocument();
  });
});
