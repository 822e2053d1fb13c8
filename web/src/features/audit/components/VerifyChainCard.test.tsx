import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { VerifyChainCard } from './VerifyChainCard';

afterEach(() => vi.unstubAllGlobals());

describe('VerifyChainCard', () => {
  it('verifies only when asked, shows progress, then the intact chain', async () => {
    let answer: (r: Response) => void = () => {};
    const { calls } = mockFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
    renderRoute(<VerifyChainCard />);
    expect(calls).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByText(/Verifying…/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Verify chain' })).toBeDisabled();
    expect(new URL(calls[0].url).pathname).toBe('/api/v1/audit/verify');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer test-token');

    answer(json({ ok: true, checked: 1234, chains: 3, firstBrokenId: null, chain: null, reason: null }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Chain intact: 1[,.\u00a0\u202f]?234 events in 3 chains verified/);
    expect(screen.getByRole('alert')).toHaveClass('alert-success');
  });

  it('shows the first broken event, its chain and the reason', async () => {
    mockFetch(() =>
      json({ ok: false, checked: 40, chains: 2, firstBrokenId: 17, chain: 'platform', reason: 'hash mismatch' }),
    );
    renderRoute(<VerifyChainCard />);
    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveClass('alert-danger');
    expect(alert).toHaveTextContent('Chain broken');
    expect(alert).toHaveTextContent('First broken event: 17 in chain platform — hash mismatch');
  });

  it('shows API errors', async () => {
    mockFetch(() => problem(403, { title: 'Forbidden', detail: 'Global administrators only.' }));
    renderRoute(<VerifyChainCard />);
    await userEvent.click(screen.getByRole('button', { name: 'Verify chain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not verify the chain: Global administrators only.');
  });
});
