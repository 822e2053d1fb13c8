import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ShortcutsHelp } from './ShortcutsHelp';

describe('ShortcutsHelp', () => {
  it('opens with ? outside a field, lists the shortcuts and closes with Escape', async () => {
    render(<ShortcutsHelp />);
    await userEvent.keyboard('?');
    const dialog = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Ctrl+K');
    expect(dialog).toHaveTextContent('Search every client');
    expect(dialog).toHaveTextContent('Show these keyboard shortcuts');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('types a ? in a field instead of opening', async () => {
    render(
      <>
        <label htmlFor="q">Notes</label>
        <input id="q" />
        <ShortcutsHelp />
      </>,
    );
    await userEvent.type(screen.getByLabelText('Notes'), 'why?');
    expect(screen.getByLabelText('Notes')).toHaveValue('why?');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('opens from the top bar’s button too', async () => {
    render(<ShortcutsHelp />);
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeInTheDocument();
  });
});
