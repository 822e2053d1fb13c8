import { useSyncExternalStore } from 'react';

/** What the person chose in the top bar: follow the operating system (the default), or always light or dark. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** The localStorage key; `public/theme.js` reads the same one before the first paint. */
export const THEME_STORAGE_KEY = 'clientstor.theme';

const listeners = new Set<() => void>();

export function getThemePreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    return 'system';
  }
}

/** Remembers the choice in this browser and applies it at once (every `followColorScheme` re-applies). */
export function setThemePreference(preference: ThemePreference): void {
  try {
    if (preference === 'system') localStorage.removeItem(THEME_STORAGE_KEY);
    else localStorage.setItem(THEME_STORAGE_KEY, preference);
  } catch {
    // Storage refused (private mode): the choice lasts for this page only.
  }
  current = preference;
  listeners.forEach((l) => l());
}

let current: ThemePreference | null = null;
function snapshot(): ThemePreference {
  return (current ??= getThemePreference());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current preference, re-rendering when it changes. */
export function useThemePreference(): ThemePreference {
  return useSyncExternalStore(subscribe, snapshot, () => 'system');
}

/**
 * Bootstrap's colour modes: `data-bs-theme` on the root element from the person's choice, or from the operating
 * system's light or dark preference (followed as it changes) when they chose "System". Returns a function that stops.
 */
export function followColorScheme(root: HTMLElement = document.documentElement): () => void {
  const dark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const apply = () => {
    const preference = snapshot();
    const theme = preference === 'system' ? (dark?.matches ? 'dark' : 'light') : preference;
    root.setAttribute('data-bs-theme', theme);
  };
  apply();
  dark?.addEventListener('change', apply);
  const unsubscribe = subscribe(apply);
  return () => {
    dark?.removeEventListener('change', apply);
    unsubscribe();
  };
}

/** For tests: forget the cached preference so the next read goes to localStorage. */
export function resetThemePreferenceCache(): void {
  current = null;
}
