import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { session } from '../../../entities/session/testData';
import { MySessions } from './MySessions';

afterEach(() => vi.unstubAllGlobals());

describe('MySessions', () => {
  it('lists sessions newest first, marks this device and offers End only for the others', async () => {
    const { calls } = mockFetch(() =>
      json({ items: [session(1, { current: true }), session(2, { userAgent: 'curl/8.5.0', ip: null })], nextCursor: null }),
    );
    renderRoute(<MySessions />);

    const table = await screen.findByRole('table', { name: 'My sessions' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('This device')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Chrome 130 on Windows');
    expect(rows[1]).toHaveTextContent('10.0.0.1');
    expect(within(rows[1]).queryByRole('button')).not.toBeInTheDocument();
    expect(within(rows[2]).queryByText('This device')).not.toBeInTheDocument();
    expect(within(rows[2]).getByRole('button', { name: /End session/ })).toHaveTextContent('End');

    const url = new URL(calls[0].url);
    expect(url.pathname).toBe('/api/v1/me/sessions');
    expect(Object.fromEntries(url.searchParams)).toEqual({ limit: '20', sort: '-createdAt' });
  });

  it('ends a session with DELETE after confirmation and reloads the list', async () => {
    let ended = false;
    const { calls } = mockFetch((request) => {
      if (request.method === 'DELETE') {
        ended = true;
        return new Response(null, { status: 204 });
      }
      return json({ items: [session(1, { current: true }), ...(ended ? [] : [session(2)])], nextCursor: null });
    });
    renderRoute(<MySessions />);

    await userEvent.click(await screen.findByRole('button', { name: /End session/ }));
    const dialog = await screen.findByRole('dialog', { name: 'End session' });
    expect(calls.some((c) => c.method === 'DELETE')).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'End session' }));

    expect(await screen.findByText(/Session ended/)).toBeInTheDocument();
    const del = calls.find((c) => c.method === 'DELETE')!;
    expect(new URL(del.url).pathname).toBe(`/api/v1/me/sessions/${session(2).id}`);
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(2));
  });

  it('pages with the cursor', async () => {
    const { calls } = mockFetch((request) =>
      new URL(request.url).searchParams.get('cursor') === 'p2'
        ? json({ items: [session(3)], nextCursor: null })
        : json({ items: [session(1, { current: true })], nextCursor: 'p2' }),
    );
    renderRoute(<MySessions />);

    await userEvent.click(await screen.findByRole('button', { name: 'Next' }));
    expect(await screen.findByText('10.0.0.3')).toBeInTheDocument();
    expect(new URL(calls[calls.length - 1].url).searchParams.get('cursor')).toBe('p2');
    expect(screen.getByText('Page 2')).toBeInTheDocument();
  });
});
