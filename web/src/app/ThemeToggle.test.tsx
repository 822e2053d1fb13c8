import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { followColorScheme, resetThemePreferenceCache, setThemePreference, THEME_STORAGE_KEY } from '../lib/colorScheme';
import { ThemeToggle } from './ThemeToggle';

afterEach(() => {
  setThemePreference('system');
  localStorage.clear();
  resetThemePreferenceCache();
});

describe('ThemeToggle', () => {
  it('switches to dark and back to the system’s, remembered in localStorage and applied to the page', async () => {
    const root = document.createElement('html');
    const stop = followColorScheme(root);
    render(<ThemeToggle />);
    const toggle = screen.getByRole('button', { name: 'Colour theme: System' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Dark' }));
    expect(root).toHaveAttribute('data-bs-theme', 'dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(screen.getByRole('button', { name: 'Colour theme: Dark' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Colour theme: Dark' }));
    expect(screen.getByRole('menuitemradio', { name: 'Dark' })).toHaveAttribute('aria-checked', 'true');
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'Light' }));
    expect(root).toHaveAttribute('data-bs-theme', 'light');
    await userEvent.click(screen.getByRole('button', { name: 'Colour theme: Light' }));
    await userEvent.click(screen.getByRole('menuitemradio', { name: 'System' }));
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    stop();
  }, 20_000);

  it('reads a saved choice when the page loads', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'dark');
    resetThemePreferenceCache();
    const root = document.createElement('html');
    const stop = followColorScheme(root);
    expect(root).toHaveAttribute('data-bs-theme', 'dark');
    stop();
  });
});
