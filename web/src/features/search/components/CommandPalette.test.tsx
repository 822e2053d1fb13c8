import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, renderRoute } from '../../../test/render';
import { CommandPalette } from './CommandPalette';

afterEach(() => vi.unstubAllGlobals());

const ACME = '0190f0a0-0000-7000-8000-00000000000a';
const BETA = '0190f0a0-0000-7000-8000-00000000000b';

const item = (type: string, id: string, title: string, orgId: string, orgName: string, extra: object = {}) => ({
  type,
  id,
  orgId,
  orgName,
  title,
  subtitle: null,
  matchedField: 'name',
  matchedText: title,
  parentId: null,
  ...extra,
});

const answer = (q: string) => ({
  query: q,
  groups: [
    { type: 'org', label: 'Organisations', hasMore: false, items: [item('org', BETA, 'Core Beta', BETA, 'Core Beta')] },
    {
      type: 'asset',
      label: 'Assets',
      hasMore: false,
      items: [
        item('asset', 'a1', 'core-sw-01', ACME, 'Acme Ltd', { subtitle: 'Switch', matchedField: 'serial', matchedText: 'SN-CORE-1' }),
        item('asset', 'a2', 'core-fw', BETA, 'Core Beta'),
      ],
    },
    { type: 'credential', label: 'Credentials', hasMore: false, items: [] },
  ],
});

function Page() {
  return (
    <>
      <button type="button">Somewhere</button>
      <input aria-label="Notes" />
      <CommandPalette />
    </>
  );
}

function setup() {
  const mock = mockFetch((r) => json(answer(new URL(r.url).searchParams.get('q') ?? '')));
  renderRoute(<Page />);
  return mock;
}

const activeOption = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');

describe('CommandPalette', () => {
  it('opens with Ctrl+K, searches as you type and groups the results under their headings', async () => {
    const { calls } = setup();
    await userEvent.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(screen.getByText(/Type at least 2 characters/)).toBeInTheDocument();

    await userEvent.type(input, 'c');
    await userEvent.type(input, 'ore');
    const listbox = await screen.findByRole('listbox', { name: 'Search results' });
    await screen.findByRole('option', { name: /core-sw-01/ });
    // Debounced: one request for the whole word, never for a single letter.
    expect(calls.map((c) => new URL(c.url).searchParams.get('q'))).toEqual(['core']);
    expect(new URL(calls[0].url).searchParams.get('limit')).toBe('5');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(input).toHaveAttribute('aria-controls', listbox.id);

    expect(screen.getByRole('group', { name: 'Organisations' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Assets' })).toBeInTheDocument();
    // Empty groups get no heading.
    expect(screen.queryByRole('group', { name: 'Credentials' })).not.toBeInTheDocument();
    const asset = screen.getByRole('option', { name: /core-sw-01/ });
    expect(asset).toHaveTextContent('Acme Ltd');
    expect(asset).toHaveTextContent('Serial: SN-CORE-1');
    expect(asset.querySelector('mark')).toHaveTextContent('CORE');
  });

  it('moves across groups with the arrow keys, wraps, and opens the active item with Enter', async () => {
    setup();
    await userEvent.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, 'core');
    await screen.findByRole('option', { name: /core-fw/ });
    expect(input).not.toHaveAttribute('aria-activedescendant');

    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('Core Beta');
    expect(activeOption(input)).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('core-sw-01');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('See all results for “core”');
    await userEvent.keyboard('{ArrowDown}');
    expect(activeOption(input)).toHaveTextContent('Core Beta');
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(activeOption(input)).toHaveTextContent('core-fw');
    expect(screen.getAllByRole('option', { selected: true })).toHaveLength(1);

    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
  });

  it('opens with / outside a field, not while typing in one, and gives focus back on Escape', async () => {
    setup();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.type(notes, 'a/b');
    expect(notes).toHaveValue('a/b');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    const button = screen.getByRole('button', { name: 'Somewhere' });
    button.focus();
    await userEvent.keyboard('/');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(input).toHaveValue('');

    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(button).toHaveFocus());
  });

  it('says so when nothing matches, and when the search fails', async () => {
    mockFetch((r) => {
      const q = new URL(r.url).searchParams.get('q') ?? '';
      return q === 'zz' ? json({ query: q, groups: [{ type: 'asset', label: 'Assets', hasMore: false, items: [] }] }) : json({ title: 'Boom', status: 500 }, 500);
    });
    renderRoute(<Page />);
    await userEvent.keyboard('{Control>}k{/Control}');
    const input = await screen.findByRole('combobox', { name: 'Search' });
    await waitFor(() => expect(input).toHaveFocus());
    await userEvent.type(input, 'zz');
    expect(await screen.findByText('No results for “zz”.')).toBeInTheDocument();
    // Enter with no active item opens the results page.
    await userEvent.clear(input);
    await userEvent.type(input, 'xy');
    expect(await screen.findByRole('alert')).toHaveTextContent('Search failed');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByTestId('navigated')).toBeInTheDocument();
  });
});
