import { StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, waitFor } from '@testing-library/react';
import { configureAuth } from '../../api/client';
import { json, mockFetch, pathOf } from '../../test/render';
import { useRecordOpen } from './useRecordOpen';

afterEach(() => vi.unstubAllGlobals());

function Page({ id, label }: { id: string; label: string }) {
  useRecordOpen('asset', id);
  return <p>{label}</p>;
}

function setup(handler: (r: Request) => Response | Promise<Response>) {
  configureAuth({ getAccessToken: () => Promise.resolve('t'), renew: () => Promise.resolve(null), onUnauthenticated: () => {} });
  const fetch = mockFetch(handler);
  const client = new QueryClient();
  const ui = (id: string, label: string) => (
    <StrictMode>
      <QueryClientProvider client={client}>
        <Page id={id} label={label} />
      </QueryClientProvider>
    </StrictMode>
  );
  return { ...fetch, ui };
}

describe('useRecordOpen', () => {
  it('records an opening once, whatever the re-renders (and React’s double effects), and again for another item', async () => {
    const { calls, ui } = setup(() => json({}));
    const { rerender } = render(ui('a1', 'first'));
    rerender(ui('a1', 'second'));
    rerender(ui('a1', 'third'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0].method).toBe('POST');
    expect(pathOf(calls[0])).toBe('/api/v1/me/recents/asset/a1');

    rerender(ui('a2', 'another asset'));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(pathOf(calls[1])).toBe('/api/v1/me/recents/asset/a2');
  });

  it('ignores a failure silently', async () => {
    const { calls, ui } = setup(() => Promise.reject(new TypeError('offline')));
    const { getByText } = render(ui('a1', 'still here'));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(getByText('still here')).toBeInTheDocument();
  });
});
