/**
 * Bootstrap's colour modes follow the operating system's light or dark preference: `data-bs-theme` on the root
 * element, updated when the preference changes. Returns a function that stops following it.
 */
export function followColorScheme(root: HTMLElement = document.documentElement): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const dark = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => root.setAttribute('data-bs-theme', dark.matches ? 'dark' : 'light');
  apply();
  dark.addEventListener('change', apply);
  return () => dark.removeEventListener('change', apply);
}
