// Shared project facts for start/test/gen (Node built-ins only).
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { log, runChecked } from './proc.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// ClientStor.sln per DESIGN.md; .NET 10's `dotnet new sln` writes .slnx, so accept either.
export const SLN = ['ClientStor.sln', 'ClientStor.slnx'].map((f) => path.join(ROOT, f)).find((f) => existsSync(f)) ?? path.join(ROOT, 'ClientStor.sln');
export const API_PROJECT = path.join(ROOT, 'api', 'ClientStor.Api');

export const apiDll = (configuration) => path.join(API_PROJECT, 'bin', configuration, 'net10.0', 'ClientStor.Api.dll');

export const DOTNET_ENV = {
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_NOLOGO: '1',
  DOTNET_SKIP_FIRST_TIME_EXPERIENCE: '1',
  DOTNET_GENERATE_ASPNET_CERTIFICATE: 'false',
};
export const NPM_ENV = {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
};

/** `npm ci` when a lock file exists (always in CI) else `npm install`; skipped if node_modules exists and !force. */
export async function npmInstall({ force = false } = {}) {
  const hasModules = existsSync(path.join(ROOT, 'node_modules'));
  if (hasModules && !force) return;
  const lock = existsSync(path.join(ROOT, 'package-lock.json'));
  await runChecked('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund'], { name: 'npm', cwd: ROOT, env: NPM_ENV });
}

/** Environment for the API executable. */
export function apiEnv({ connectionString, urls, webOrigins = [], environment = 'Development', masterKeyFile, masterKey }) {
  const env = {
    ...DOTNET_ENV,
    ConnectionStrings__ClientStor: connectionString,
    ASPNETCORE_ENVIRONMENT: environment,
    DOTNET_ENVIRONMENT: environment,
    ClientStor__Auth__RequireHttps: 'false',
  };
  // EF's per-command SQL logging drowns everything else; callers can still override through the environment
  for (const [k, v] of Object.entries({
    'Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command': 'Warning',
    'Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics': 'Warning',
    'Logging__LogLevel__Microsoft.AspNetCore.Routing': 'Warning',
  })) if (!(k in process.env)) env[k] = v;
  if (urls) env.ASPNETCORE_URLS = urls;
  // The vault's master key: an operator's own setting wins; otherwise the caller's development key.
  const operatorKey = ['CLIENTSTOR_MASTER_KEY', 'CLIENTSTOR_MASTER_KEY_FILE', 'CLIENTSTOR_MASTER_PASSWORD'].some((k) => process.env[k]);
  if (!operatorKey && masterKeyFile) env.CLIENTSTOR_MASTER_KEY_FILE = masterKeyFile;
  else if (!operatorKey && masterKey) env.CLIENTSTOR_MASTER_KEY = masterKey;
  webOrigins.forEach((origin, i) => {
    env[`ClientStor__Spa__RedirectUris__${i}`] = `${origin}/auth/callback`;
    env[`ClientStor__Spa__PostLogoutRedirectUris__${i}`] = `${origin}/login`;
  });
  return env;
}

/** Both loopback spellings of a web origin, so either works in the browser. */
export const webOrigins = (port) => [`http://127.0.0.1:${port}`, `http://localhost:${port}`];

/** Run an API verb (`migrate`, `admin create ...`) with the dll's folder as content root. */
export async function apiVerb(dll, args, env, opts = {}) {
  if (!existsSync(dll)) throw new Error(`${dll} not found (build failed?)`);
  return runChecked('dotnet', [dll, ...args], { name: opts.name ?? `api ${args[0]}`, cwd: path.dirname(dll), env, ...opts });
}

/** A strong random password that satisfies any usual complexity policy. */
/** A generated password: 24 random characters, then a fixed tail so it ends in a digit (no punctuation at the end to lose when copied). */
export function randomPassword() {
  return `${randomBytes(18).toString('base64url')}-Aa9`;
}

// DESIGN.md fixes these two; any other tests/<Name>/<Name>.csproj is picked up as well.
export const EXPECTED_TEST_PROJECTS = ['ClientStor.Api.Tests', 'ClientStor.Sdk.Tests'];

/** [{ name, csproj, exists }]: expected projects are listed even when missing (so they count as failed). */
export function testProjects() {
  const dir = path.join(ROOT, 'tests');
  const found = existsSync(dir) ? readdirSync(dir).filter((d) => existsSync(path.join(dir, d, `${d}.csproj`))) : [];
  const names = [...new Set([...EXPECTED_TEST_PROJECTS, ...found.sort()])];
  return names.map((d) => {
    const csproj = path.join(dir, d, `${d}.csproj`);
    return { name: d, csproj, exists: existsSync(csproj) };
  });
}

export function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = a.match(/^--([^=]+)(?:=(.*))?$/);
    if (!m) continue;
    if (m[2] !== undefined) out[m[1]] = m[2];
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[m[1]] = argv[++i];
    else out[m[1]] = true;
  }
  return out;
}

export { log };
