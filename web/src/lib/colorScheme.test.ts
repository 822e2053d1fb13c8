import { describe, expect, it, vi } from 'vitest';
import { followColorScheme } from './colorScheme';

function fakeMedia(matches: boolean) {
  const listeners = new Set<() => void>();
  const media = {
    matches,
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  };
  vi.stubGlobal('matchMedia', () => media);
  return { media, change: (next: boolean) => ((media.matches = next), listeners.forEach((l) => l())), listeners };
}

describe('followColorScheme', () => {
  it('sets Bootstrap’s theme from the system preference and follows its changes until stopped', () => {
    const { change, listeners } = fakeMedia(true);
    const root = document.createElement('html');
    const stop = followColorScheme(root);
    expect(root).toHaveAttribute('data-bs-theme', 'dark');
    change(false);
    expect(root).toHaveAttribute('data-bs-theme', 'light');
    stop();
    expect(listeners.size).toBe(0);
    vi.unstubAllGlobals();
  });
});
