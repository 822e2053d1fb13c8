#!/usr/bin/env node
// `npm start`: PostgreSQL (persistent, in .data/pg) + API on :5080 + Vite dev server on :5173.
// Ctrl-C stops everything this script started. Running it again reuses .data/.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOTNET_ENV, NPM_ENV, ROOT, apiDll, apiEnv, apiVerb, npmInstall, randomPassword, webOrigins } from './lib/common.mjs';
import { runningClusterPort, startCluster } from './lib/pg.mjs';
import { freePort, isPortFree, range } from './lib/ports.mjs';
import { ensureApt } from './lib/apt.mjs';
import { cleanupAllSync, commandExists, installExitHandlers, log, runChecked, start } from './lib/proc.mjs';
import { waitForHttp } from './lib/wait.mjs';

installExitHandlers();
const API_PORT = Number(process.env.CLIENTSTOR_API_PORT ?? 5080);
const WEB_PORT = Number(process.env.CLIENTSTOR_WEB_PORT ?? 5173);
const API_URL = `http://127.0.0.1:${API_PORT}`;
const WEB_URL = `http://127.0.0.1:${WEB_PORT}`;
const DATA = path.join(ROOT, '.data');
const PG_DIR = path.join(DATA, 'pg');
const PORT_FILE = path.join(DATA, 'pg.port');
const ADMIN_FILE = path.join(DATA, 'admin.txt');
const SEEDED_FILE = path.join(DATA, 'seeded');
const MASTER_KEY_FILE = path.join(DATA, 'master.key');
const DB = 'clientstor';
const EMAIL = 'admin@clientstor.local';

function readAdmin() {
  if (!existsSync(ADMIN_FILE)) return null;
  const kv = Object.fromEntries(
    readFileSync(ADMIN_FILE, 'utf8').split('\n').map((l) => l.match(/^(\w+):\s*(.*)$/)).filter(Boolean).map((m) => [m[1], m[2].trim()]),
  );
  return kv.email && kv.password ? kv : null;
}

async function main() {
  for (const [port, what] of [[API_PORT, 'API'], [WEB_PORT, 'web dev server']]) {
    if (!(await isPortFree(port))) throw new Error(`port ${port} (${what}) is in use — is ClientStor already running? (override with CLIENTSTOR_API_PORT / CLIENTSTOR_WEB_PORT)`);
  }
  mkdirSync(DATA, { recursive: true });

  // ---- PostgreSQL: persistent cluster, same port as last time when possible ----
  let port = runningClusterPort(PG_DIR);
  if (!port) {
    const recorded = existsSync(PORT_FILE) ? Number(readFileSync(PORT_FILE, 'utf8').trim()) : 0;
    port = await freePort({ preferred: [recorded, ...range(5433, 20)].filter(Boolean) });
  }
  const cluster = await startCluster({ dir: PG_DIR, port, logFile: path.join(DATA, 'pg.log') });
  writeFileSync(PORT_FILE, `${cluster.port}\n`);

  // PDF floor plans are rendered with poppler-utils (pdftoppm); without it the API answers 503 to a PDF upload.
  await ensureApt('poppler-utils', { check: () => commandExists('pdftoppm') }).catch((e) => log(`poppler-utils not installed (${e.message}): PDF floor plans will not render`));

  // ---- build ----
  if (!existsSync(path.join(ROOT, 'node_modules'))) await npmInstall({ force: true });
  await runChecked('dotnet', ['build', path.join(ROOT, 'api', 'ClientStor.Api'), '-c', 'Debug', '-nologo', '-v', 'q'], { name: 'build', cwd: ROOT, env: DOTNET_ENV });
  const dll = apiDll('Debug');

  // ---- database, migrations, first-run admin + demo data ----
  const created = cluster.createDatabase(DB);
  if (!existsSync(MASTER_KEY_FILE)) {
    writeFileSync(MASTER_KEY_FILE, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    log('created a development master key in .data/master.key (CLIENTSTOR_MASTER_KEY_FILE); vault secrets and MFA seeds are encrypted with it — without it they cannot be read');
  }
  const env = apiEnv({ connectionString: cluster.connectionString(DB), urls: API_URL, webOrigins: webOrigins(WEB_PORT), environment: 'Development', masterKeyFile: MASTER_KEY_FILE });
  if (created) {
    rmSync(ADMIN_FILE, { force: true }); // a new database has no admin: whatever was recorded is stale
    rmSync(SEEDED_FILE, { force: true });
  }
  await apiVerb(dll, ['migrate'], env);

  let admin = readAdmin();
  if (!admin) {
    const password = randomPassword();
    const r = await apiVerb(dll, ['admin', 'create', '--email', EMAIL, '--password', password], env, { redact: [password], quiet: true }).catch((e) => e);
    if (r instanceof Error) {
      if (/exist/i.test(r.message)) {
        log(`${EMAIL} already exists in database "${DB}" but .data/admin.txt is missing, so its password is unknown.`);
        log(`To start over: stop this, delete .data/ and run npm start again.`);
      } else throw r;
    } else {
      writeFileSync(ADMIN_FILE, `email: ${EMAIL}\npassword: ${password}\n`, { mode: 0o600 });
      chmodSync(ADMIN_FILE, 0o600);
      admin = { email: EMAIL, password };
      log(`created admin ${EMAIL} (password stored in .data/admin.txt)`);
    }
  }
  if (!existsSync(SEEDED_FILE)) {
    await apiVerb(dll, ['seed', 'demo', '--assets-per-org', '40', '--credentials-per-org', '15', '--directory'], env);
    writeFileSync(SEEDED_FILE, `${new Date().toISOString()}\n`);
  }
  const login = admin ? `${admin.email} / ${admin.password}` : `${EMAIL} / (unknown — see above)`;
  log(`postgres ${cluster.connectionString(DB)}`);

  // ---- servers ----
  const api = start('dotnet', [dll], { name: 'api', cwd: path.dirname(dll), env });
  const web = start('npm', ['run', 'dev', '-w', 'web'], {
    name: 'web', cwd: ROOT, env: { ...NPM_ENV, PORT: String(WEB_PORT), CLIENTSTOR_API_URL: API_URL, BROWSER: 'none' },
  });
  await waitForHttp(`${API_URL}/health/ready`, { proc: api, label: 'API /health/ready', timeoutMs: 3 * 60_000 });
  await waitForHttp([`${WEB_URL}/`, `http://localhost:${WEB_PORT}/`], { proc: web, label: 'web dev server', timeoutMs: 3 * 60_000 });

  const banner = `ClientStor is running: ${WEB_URL}  login: ${login}`;
  const line = '='.repeat(banner.length + 4);
  process.stdout.write(`\n${line}\n  ${banner}\n  API ${API_URL}  (Ctrl-C stops API, web and PostgreSQL)\n${line}\n\n`);

  // If either server dies, take everything down.
  const first = await Promise.race([api.exited.then((r) => ['api', r]), web.exited.then((r) => ['web', r])]);
  log(`${first[0]} exited with code ${first[1].code}; stopping`);
  cleanupAllSync();
  process.exit(1);
}

try {
  await main();
} catch (e) {
  log(`npm start failed: ${e.message}`);
  cleanupAllSync();
  process.exit(1);
}
