import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readBlob } from '../../../test/render';
import { recoveryCodes } from '../testData';
import { RECOVERY_CODES_FILE, RecoveryCodeList } from './RecoveryCodeList';

// jsdom has no blob URLs: only these browser APIs are stood in for.
const revokeObjectURL = vi.fn();
let created: Blob[] = [];
let clicked: HTMLAnchorElement[] = [];
beforeEach(() => {
  created = [];
  clicked = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:codes-1';
  });
  URL.revokeObjectURL = revokeObjectURL;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this);
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('RecoveryCodeList', () => {
  it('lists the ten codes and copies them to the clipboard', async () => {
    const user = userEvent.setup();
    render(<RecoveryCodeList codes={recoveryCodes} onSaved={() => {}} />);

    const list = screen.getByRole('list', { name: 'Recovery codes' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(recoveryCodes);
    expect(screen.getByText(/shown only this once/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await navigator.clipboard.readText()).toBe(recoveryCodes.join('\n'));
    expect(screen.getByRole('status')).toHaveTextContent('Copied to the clipboard.');
  });

  it('says so when the clipboard is not available', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<RecoveryCodeList codes={recoveryCodes} onSaved={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });

  it('downloads the codes as a text file and closes with "I have saved these"', async () => {
    const onSaved = vi.fn();
    render(<RecoveryCodeList codes={recoveryCodes} onSaved={onSaved} />);

    await userEvent.click(screen.getByRole('button', { name: 'Download .txt' }));
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe(RECOVERY_CODES_FILE);
    expect(clicked[0].getAttribute('href')).toBe('blob:codes-1');
    const text = await readBlob(created[0]);
    for (const code of recoveryCodes) expect(text).toContain(code);
    expect(document.querySelector('a[download]')).toBeNull();
    await vi.waitFor(() => expect(revokeObjectURL).toHaveBeenCalledWith('blob:codes-1'));

    await userEvent.click(screen.getByRole('button', { name: 'I have saved these' }));
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});
