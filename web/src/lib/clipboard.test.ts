import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { clearClipboardIfHolding, clearCopiedNow, copyToClipboard, getCopyNotice, NOTICE_LINGER_MS } from './clipboard';

/** A clipboard the test controls: `readable: false` refuses reads as a browser without the permission does. */
function mockClipboard({ readable = true } = {}) {
  let text = '';
  const clipboard = {
    writeText: vi.fn((value: string) => {
      text = value;
      return Promise.resolve();
    }),
    readText: vi.fn(() => (readable ? Promise.resolve(text) : Promise.reject(new DOMException('Read permission denied.', 'NotAllowedError')))),
    /** Something copied outside the page. */
    set: (value: string) => {
      text = value;
    },
    get: () => text,
  };
  vi.stubGlobal('navigator', { clipboard });
  return clipboard;
}

function focus(has: boolean) {
  vi.spyOn(document, 'hasFocus').mockReturnValue(has);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('clearClipboardIfHolding', () => {
  it('clears the clipboard when it still holds the value', async () => {
    const clipboard = mockClipboard();
    clipboard.set('pw');
    await expect(clearClipboardIfHolding('pw')).resolves.toBe('cleared');
    expect(clipboard.get()).toBe('');
  });

  it('leaves something copied since alone', async () => {
    const clipboard = mockClipboard();
    clipboard.set('copied elsewhere');
    await expect(clearClipboardIfHolding('pw')).resolves.toBe('replaced');
    expect(clipboard.writeText).not.toHaveBeenCalled();
  });

  it('clears unread while the page has focus, and not at all without it', async () => {
    const clipboard = mockClipboard({ readable: false });
    clipboard.set('pw');
    focus(false);
    await expect(clearClipboardIfHolding('pw')).resolves.toBe('unavailable');
    expect(clipboard.get()).toBe('pw');

    focus(true);
    await expect(clearClipboardIfHolding('pw')).resolves.toBe('cleared');
    expect(clipboard.get()).toBe('');
  });

  it('reports a refused write', async () => {
    const clipboard = mockClipboard();
    clipboard.set('pw');
    clipboard.writeText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    await expect(clearClipboardIfHolding('pw')).resolves.toBe('unavailable');
  });
});

describe('copyToClipboard', () => {
  it('copies a secret, counts down and clears it after 30 seconds, then drops the notice', async () => {
    const clipboard = mockClipboard();
    await copyToClipboard('pw', { owner: 'a', what: 'Password', secret: true });
    expect(clipboard.get()).toBe('pw');
    expect(getCopyNotice()).toMatchObject({ owner: 'a', what: 'Password', state: 'copied', clearsAt: Date.now() + 30_000 });

    await vi.advanceTimersByTimeAsync(29_999);
    expect(clipboard.get()).toBe('pw');
    await vi.advanceTimersByTimeAsync(1);
    expect(clipboard.get()).toBe('');
    expect(getCopyNotice()).toMatchObject({ state: 'cleared' });

    await vi.advanceTimersByTimeAsync(NOTICE_LINGER_MS);
    expect(getCopyNotice()).toBeNull();
  });

  it('never clears a username', async () => {
    const clipboard = mockClipboard();
    await copyToClipboard('admin', { owner: 'a', what: 'Username', secret: false });
    expect(getCopyNotice()).toMatchObject({ state: 'copied', clearsAt: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(clipboard.get()).toBe('admin');
    expect(getCopyNotice()).toBeNull();
  });

  it('a later copy replaces the notice and cancels the earlier clearing, which could wipe the new value early', async () => {
    const clipboard = mockClipboard({ readable: false });
    focus(true);
    await copyToClipboard('first', { owner: 'a', what: 'Password', secret: true });
    await vi.advanceTimersByTimeAsync(20_000);
    await copyToClipboard('second', { owner: 'b', what: 'One-time code', secret: true });
    expect(getCopyNotice()).toMatchObject({ owner: 'b', what: 'One-time code' });

    await vi.advanceTimersByTimeAsync(10_000);
    expect(clipboard.get()).toBe('second');
    await vi.advanceTimersByTimeAsync(20_000);
    expect(clipboard.get()).toBe('');
  });

  it('clears at once with "Clear now"', async () => {
    const clipboard = mockClipboard();
    await copyToClipboard('pw', { owner: 'a', what: 'Password', secret: true });
    clearCopiedNow();
    await vi.advanceTimersByTimeAsync(0);
    expect(clipboard.get()).toBe('');
    expect(getCopyNotice()).toMatchObject({ state: 'cleared' });
    expect(clipboard.writeText).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clipboard.writeText).toHaveBeenCalledTimes(2);
  });

  it('throws when the browser refuses the write, leaving no notice or timer behind', async () => {
    const clipboard = mockClipboard();
    clipboard.writeText.mockRejectedValueOnce(new DOMException('Write permission denied.', 'NotAllowedError'));
    const before = getCopyNotice();
    await expect(copyToClipboard('pw', { owner: 'z', what: 'Password', secret: true })).rejects.toThrow('Write permission denied.');
    expect(getCopyNotice()).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
  });
});
