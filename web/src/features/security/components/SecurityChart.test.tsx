import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { renderRoute } from '../../../test/render';
import { securitySummary } from '../testData';
import { SecurityChart } from './SecurityChart';

const summary = securitySummary({
  bucket: 'hour',
  from: '2026-03-01T00:00:00Z',
  to: '2026-03-01T03:00:00Z',
  points: [
    { start: '2026-03-01T00:00:00Z', kind: 'account.locked', events: 1, hits: 1 },
    { start: '2026-03-01T02:00:00Z', kind: 'rate_limit.exceeded', events: 2, hits: 42 },
  ],
});

describe('SecurityChart', () => {
  it('draws one stacked series per kind with hits and a slot per hour', async () => {
    const { container } = renderRoute(<SecurityChart summary={summary} width={600} />);
    expect(screen.getByRole('figure', { name: 'Security hits per hour by kind' })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar')).toHaveLength(2));
    // Legend entries use the friendly labels.
    expect(screen.getByText('Rate-limit hits')).toBeInTheDocument();
    expect(screen.getByText('Lockouts')).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-xAxis .recharts-cartesian-axis-tick')).toHaveLength(3);
  });

  it('says so when the range has no events', () => {
    renderRoute(<SecurityChart summary={securitySummary({ bucket: 'day' })} width={600} />);
    expect(screen.getByText('No security events in this period.')).toBeInTheDocument();
    expect(screen.queryByRole('figure')).not.toBeInTheDocument();
  });
});
