import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NOT_HELD_MESSAGE, PermissionChecklist } from './PermissionChecklist';
import { catalog } from './testData';

function Harness({ held, initial = [] }: { held: string[]; initial?: string[] }) {
  const [value, setValue] = useState<string[]>(initial);
  return (
    <>
      <PermissionChecklist idPrefix="perm" modules={catalog.modules} value={value} onChange={setValue} canGrant={(p) => held.includes(p)} />
      <output data-testid="value">{[...value].sort().join(',')}</output>
    </>
  );
}

const value = () => screen.getByTestId('value').textContent;

describe('PermissionChecklist', () => {
  it('groups permissions in a fieldset per module, with their descriptions as help text', () => {
    render(<Harness held={['org.read', 'members.manage', 'roles.manage', 'assets.read', 'assets.write']} />);

    const org = screen.getByRole('group', { name: 'org' });
    const assets = screen.getByRole('group', { name: 'assets' });
    expect(within(org).getAllByRole('checkbox').map((c) => c.id)).toEqual([
      'perm-module-org-all',
      'perm-org-read',
      'perm-members-manage',
      'perm-roles-manage',
    ]);
    expect(within(assets).getByRole('checkbox', { name: /assets\.write/ })).toHaveAccessibleDescription('Change assets');
  });

  it('disables the permissions the user does not hold, with a tooltip', async () => {
    render(<Harness held={['org.read', 'assets.read']} initial={['assets.write']} />);

    const write = screen.getByRole('checkbox', { name: /assets\.write/ });
    expect(write).toBeDisabled();
    // Already granted by someone else: shown, but cannot be taken away either.
    expect(write).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /members\.manage/ })).toBeDisabled();
    expect(screen.getByRole('checkbox', { name: /org\.read/ })).toBeEnabled();

    await userEvent.hover(screen.getByTestId('assets.write-not-held'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(NOT_HELD_MESSAGE);
  });

  it('selects and clears every grantable permission of one module with its toggle', async () => {
    render(<Harness held={['org.read', 'roles.manage', 'assets.read', 'assets.write']} />);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all in org' }));
    // members.manage is not held: select-all leaves it alone; the other module is untouched.
    expect(value()).toBe('org.read,roles.manage');
    expect(screen.getByRole('checkbox', { name: 'Select all in org' })).toBeChecked();

    await userEvent.click(screen.getByRole('checkbox', { name: /assets\.read/ }));
    const assetsAll = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Select all in assets' });
    expect(assetsAll).not.toBeChecked();
    expect(assetsAll.indeterminate).toBe(true);
    await userEvent.click(assetsAll);
    expect(value()).toBe('assets.read,assets.write,org.read,roles.manage');

    await userEvent.click(screen.getByRole('checkbox', { name: 'Select all in org' }));
    expect(value()).toBe('assets.read,assets.write');
  });
});
