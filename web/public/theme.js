/* global window, document */
// Runs before the first paint (a plain blocking script, allowed by a 'self' CSP): the saved theme, or the system's.
(function () {
  var theme = null;
  try {
    theme = localStorage.getItem('clientstor.theme');
  } catch {
    // Storage blocked (private mode, policy): follow the system.
  }
  if (theme !== 'light' && theme !== 'dark') {
    theme = window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  document.documentElement.setAttribute('data-bs-theme', theme);
})();
