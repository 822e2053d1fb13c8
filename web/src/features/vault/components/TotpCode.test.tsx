import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { orgId, router } from '../testData';
import { formatCode, TotpCode } from './TotpCode';

beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

const totpPath = `/api/v1/orgs/${orgId}/vault/credentials/${router.id}/totp`;

function setup(answers: { code: string; secondsLeft: number }[]) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  let n = 0;
  const fetch = mockFetch(() => json({ ...answers[Math.min(n++, answers.length - 1)], period: 30 }));
  renderRoute(<TotpCode orgId={orgId} credentialId={router.id} />);
  const totpCalls = () => fetch.calls.filter((c) => new URL(c.url).pathname === totpPath);
  return { user, totpCalls };
}

describe('TotpCode', () => {
  it('shows the code with a countdown and fetches the next one when it runs out', async () => {
    const { user, totpCalls } = setup([
      { code: '123456', secondsLeft: 3 },
      { code: '654321', secondsLeft: 30 },
    ]);
    expect(totpCalls()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Show code' }));
    expect(await screen.findByTestId('totp-code')).toHaveTextContent('123 456');
    const bar = screen.getByRole('progressbar', { name: 'Seconds until the code changes' });
    expect(bar).toHaveAttribute('aria-valuenow', '3');
    expect(bar).toHaveAttribute('aria-valuemax', '30');
    expect(screen.getByText('Changes in 3 s')).toBeInTheDocument();

    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByText('Changes in 2 s')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '2');

    await act(() => vi.advanceTimersByTimeAsync(2_000));
    await vi.waitFor(() => expect(screen.getByTestId('totp-code')).toHaveTextContent('654 321'));
    expect(totpCalls()).toHaveLength(2);
    expect(screen.getByText('Changes in 30 s')).toBeInTheDocument();
  });

  it('stops after two minutes', async () => {
    const { user, totpCalls } = setup([{ code: '111222', secondsLeft: 30 }]);
    await user.click(screen.getByRole('button', { name: 'Show code' }));
    await screen.findByTestId('totp-code');

    // Second by second, so each expiry re-renders and asks for the next code as in a browser.
    for (let s = 0; s < 119; s++) await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.getByTestId('totp-code')).toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(1_000));
    expect(screen.queryByTestId('totp-code')).not.toBeInTheDocument();
    expect(screen.getByText(/hidden after 2 minutes/)).toBeInTheDocument();
    const calls = totpCalls().length;
    // Three 30-second periods ran out before the two minutes did (the fourth ends with the showing).
    expect(calls).toBeGreaterThanOrEqual(4);

    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(totpCalls()).toHaveLength(calls);
  });

  it('hides the code on request and stops asking', async () => {
    const { user, totpCalls } = setup([{ code: '111222', secondsLeft: 5 }]);
    await user.click(screen.getByRole('button', { name: 'Show code' }));
    await screen.findByTestId('totp-code');

    await user.click(screen.getByRole('button', { name: 'Hide code' }));
    expect(screen.queryByTestId('totp-code')).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(totpCalls()).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Show code' })).toBeInTheDocument();
  });
});

describe('formatCode', () => {
  it('splits six digits in two groups', () => {
    expect(formatCode('012345')).toBe('012 345');
    expect(formatCode('12345678')).toBe('12345678');
  });
});
