import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, pathOf, renderRoute } from '../../test/render';
import { FavouriteButton } from './FavouriteButton';

afterEach(() => vi.unstubAllGlobals());

const acme = { type: 'org', id: 'o1', orgId: 'o1', orgName: 'Acme', title: 'Acme', subtitle: 'acme', at: '2026-12-01T10:00:00Z', etag: '"1"' };

function api(initial: (typeof acme)[]) {
  let favourites = initial;
  return mockFetch((r) => {
    if (r.method === 'PUT') {
      favourites = [acme];
      return json(acme);
    }
    if (r.method === 'DELETE') {
      favourites = [];
      return new Response(null, { status: 204 });
    }
    return json({ items: favourites, nextCursor: null });
  });
}

describe('FavouriteButton', () => {
  it('is a toggle named after the item, pressed once the item is a favourite on the server', async () => {
    const { calls } = api([]);
    renderRoute(<FavouriteButton type="org" id="o1" name="Acme" />);
    const star = await screen.findByRole('button', { name: 'Favourite Acme' });
    await waitFor(() => expect(star).toBeEnabled());
    expect(star).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(star);
    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'));
    const put = calls.find((c) => c.method === 'PUT');
    expect(put && pathOf(put)).toBe('/api/v1/me/favourites/org/o1');
    // The list is read again afterwards (the dashboard too, where it is shown).
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET')).toHaveLength(2));
  });

  it('removes a favourite with DELETE', async () => {
    const { calls } = api([acme]);
    renderRoute(<FavouriteButton type="org" id="o1" name="Acme" />);
    const star = await screen.findByRole('button', { name: 'Favourite Acme' });
    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'true'));

    await userEvent.click(star);
    await waitFor(() => expect(star).toHaveAttribute('aria-pressed', 'false'));
    const del = calls.find((c) => c.method === 'DELETE');
    expect(del && pathOf(del)).toBe('/api/v1/me/favourites/org/o1');
  });
});
