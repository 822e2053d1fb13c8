// Install Debian packages only when missing; `apt-get update` at most once per process.
import { commandExists, isRoot, log, runChecked, runSync } from './proc.mjs';

let updated = false;

export function dpkgInstalled(pkg) {
  const r = runSync('dpkg-query', ['-W', '-f=${Status}', pkg]);
  return r.code === 0 && r.stdout.includes('install ok installed');
}

function sudoPrefix() {
  if (isRoot()) return [];
  if (commandExists('sudo')) return ['sudo', '-n'];
  throw new Error('installing packages needs root (or passwordless sudo)');
}

/**
 * Ensure a Debian package is installed. `check` (optional) is a function returning true when the
 * thing we need is already usable (e.g. a binary exists), which skips dpkg entirely.
 */
export async function ensureApt(pkg, { check } = {}) {
  if (check && check()) return false;
  if (dpkgInstalled(pkg)) return false;
  if (!commandExists('apt-get')) throw new Error(`${pkg} is missing and apt-get is not available; install it yourself`);
  const pre = sudoPrefix();
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (...args) => (pre.length ? [pre[0], [...pre.slice(1), 'apt-get', ...args]] : ['apt-get', args]);
  if (!updated) {
    await runChecked(...apt('update'), { name: 'apt', env });
    updated = true;
  }
  log(`installing ${pkg} with apt-get`);
  await runChecked(...apt('install', '-y', pkg), { name: 'apt', env });
  return true;
}

export async function ensureChromium() {
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const { existsSync } = await import('node:fs');
  const found = () => candidates.find((c) => existsSync(c));
  if (!found()) await ensureApt('chromium', { check: () => !!found() });
  const path = found();
  if (!path) throw new Error('chromium not found after install');
  return path;
}
