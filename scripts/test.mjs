#!/usr/bin/env node
// `npm test`: dotnet tests (api + sdk) against a throwaway PostgreSQL, the SPA's vitest suite and ESLint, and
// the Playwright e2e suite against the real stack. Ends with exactly `tests: N passed, N failed`.
// Subsets: `npm test -- --only=dotnet|web|e2e` (comma-separated list allowed).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureApt, ensureChromium } from './lib/apt.mjs';
import { DOTNET_ENV, NPM_ENV, ROOT, SLN, apiDll, apiEnv, apiVerb, npmInstall, parseArgs, randomPassword, testProjects, webOrigins } from './lib/common.mjs';
import { ensurePostgres, startCluster } from './lib/pg.mjs';
import { freePort } from './lib/ports.mjs';
import { cleanupAllSync, installExitHandlers, log, onCleanup, run, start, stopProcess } from './lib/proc.mjs';
import { parsePlaywright, parseTrx, parseVitest, printSummary, suiteResult } from './lib/results.mjs';
import { waitForHttp } from './lib/wait.mjs';

installExitHandlers();
const ALL = ['dotnet', 'web', 'e2e'];
const args = parseArgs(process.argv.slice(2));
// `npm test -- --only=web` (the `--` matters: npm 11 swallows its own flags) or CLIENTSTOR_TEST_ONLY=web
const onlyArg = args.only ?? process.env.CLIENTSTOR_TEST_ONLY;
const only = onlyArg && onlyArg !== true ? String(onlyArg).split(',').map((s) => s.trim()).filter(Boolean) : ALL;
for (const o of only) if (!ALL.includes(o)) {
  console.error(`unknown suite "${o}" (use --only=${ALL.join('|')})`);
  process.exit(2);
}
const want = (s) => only.includes(s);
const MIN = 60_000;

const results = [];
const reports = path.join(ROOT, 'test-results');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const tmp = mkdtempSync(path.join(os.tmpdir(), 'clientstor-test-'));
chmodSync(tmp, 0o755); // the postgres user must traverse it
onCleanup(() => {
  if (!process.env.CLIENTSTOR_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
});

async function step(name, fn) {
  try {
    return await fn();
  } catch (e) {
    log(`${name} failed: ${e.message}`);
    results.push({ name, passed: 0, failed: 1, notes: [e.message.split('\n')[0]] });
    return undefined;
  }
}

async function main() {
  const needDb = want('dotnet') || want('e2e');
  const needDotnetBuild = want('dotnet') || want('e2e');
  const needNode = want('web') || want('e2e');

  // ---- prerequisites ----
  if (needDb) await step('setup: postgresql', () => ensurePostgres());
  // The upload tests scan with a real clamd (its own signature file; no database download).
  if (want('dotnet')) await step('setup: clamav', () => ensureApt('clamav-daemon', { check: () => existsSync('/usr/sbin/clamd') }));
  // PDF floor plans are rendered with poppler-utils (pdftoppm): the API tests and the e2e stack need it.
  if (needDb) await step('setup: poppler-utils', () => ensureApt('poppler-utils', { check: () => existsSync('/usr/bin/pdftoppm') }));
  let chromium;
  if (want('e2e')) chromium = await step('setup: chromium', () => ensureChromium());
  let nodeOk = true;
  if (needNode) {
    nodeOk = (await step('setup: npm install', async () => {
      const lock = path.join(ROOT, 'package-lock.json');
      const marker = path.join(ROOT, 'node_modules', '.package-lock.json');
      const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs);
      await npmInstall({ force: process.env.CI === 'true' || stale });
      return true;
    })) === true;
  }

  let cluster;
  if (needDb) {
    cluster = await step('setup: postgresql cluster', async () =>
      startCluster({ dir: path.join(tmp, 'pg'), port: await freePort(), logFile: path.join(tmp, 'pg.log'), fsync: false }));
  }

  let built = false;
  if (needDotnetBuild) {
    const r = await run('dotnet', ['build', SLN, '-c', 'Release', '-nologo'], { name: 'build', cwd: ROOT, env: DOTNET_ENV, timeoutMs: 20 * MIN });
    built = r.code === 0;
    if (!built) results.push({ name: 'dotnet build', passed: 0, failed: 1, notes: [`exit code ${r.code}`] });
  }

  // ---- dotnet test, one project at a time (one TRX each: a shared LogFileName would be overwritten) ----
  if (want('dotnet')) {
    const projects = testProjects();
    for (const p of projects) {
      const name = `dotnet ${p.name}`;
      if (!p.exists) {
        results.push(suiteResult(name, { error: `not run: ${path.relative(ROOT, p.csproj)} does not exist` }));
        continue;
      }
      if (!built || !cluster) {
        results.push(suiteResult(name, { error: !built ? 'not run: build failed' : 'not run: no PostgreSQL' }));
        continue;
      }
      const trx = path.join(reports, 'dotnet', `${p.name}.trx`);
      // a test project missing from the solution was not built by the solution build: let dotnet test build it
      const inSln = existsSync(SLN) && readFileSync(SLN, 'utf8').includes(`${p.name}.csproj`);
      if (!inSln) log(`${p.name} is not in ${path.basename(SLN)}; building it as part of dotnet test`);
      const r = await run('dotnet', [
        'test', p.csproj, '-c', 'Release', ...(inSln ? ['--no-build'] : []), '--nologo',
        '--logger', `trx;LogFileName=${p.name}.trx`, '--logger', 'console;verbosity=normal',
        '--results-directory', path.join(reports, 'dotnet'),
        '--blame-hang-timeout', '10m',
      ], { name: p.name.replace(/^ClientStor\./, ''), cwd: ROOT, env: { ...DOTNET_ENV, CLIENTSTOR_TEST_PG: cluster.connectionString() }, timeoutMs: 30 * MIN });
      results.push(suiteResult(name, { code: r.code, reportFiles: [trx], parser: parseTrx }));
    }
  }

  // ---- web unit tests (vitest) and lint (ESLint, zero warnings: one test, passed when it exits 0) ----
  if (want('web')) {
    if (!nodeOk) {
      results.push(suiteResult('web vitest', { error: 'not run: npm install failed' }));
      results.push(suiteResult('web eslint', { error: 'not run: npm install failed' }));
    } else {
      const json = path.join(reports, 'vitest.json');
      const r = await run('npm', ['test', '-w', 'web', '--', '--reporter=default', '--reporter=json', `--outputFile=${json}`], {
        name: 'vitest', cwd: ROOT, env: { ...NPM_ENV, CI: 'true' }, timeoutMs: 15 * MIN,
      });
      results.push(suiteResult('web vitest', { code: r.code, reportFiles: [json], parser: parseVitest }));
      const lint = await run('npm', ['run', 'lint', '-w', 'web'], { name: 'eslint', cwd: ROOT, env: { ...NPM_ENV, CI: 'true' }, timeoutMs: 10 * MIN });
      results.push(lint.code === 0
        ? { name: 'web eslint', passed: 1, failed: 0, notes: [] }
        : { name: 'web eslint', passed: 0, failed: 1, notes: [`eslint exited with code ${lint.code}`] });
    }
  }

  // ---- e2e against the real stack ----
  if (want('e2e')) {
    const why = !built ? 'build failed' : !cluster ? 'no PostgreSQL' : !nodeOk ? 'npm install failed' : !chromium ? 'no chromium' : null;
    if (why) results.push(suiteResult('e2e playwright', { error: `not run: ${why}` }));
    else results.push(await e2e(cluster, chromium));
  }
}

async function e2e(cluster, chromium) {
  const name = 'e2e playwright';
  const json = path.join(reports, 'playwright.json');
  const procs = [];
  try {
    const db = 'clientstor_e2e';
    cluster.createDatabase(db);
    const apiPort = await freePort();
    let webPort = await freePort();
    while (webPort === apiPort) webPort = await freePort();
    const dll = apiDll('Release');
    const email = 'admin@clientstor.local';
    const password = randomPassword();
    const env = apiEnv({
      connectionString: cluster.connectionString(db),
      urls: `http://127.0.0.1:${apiPort}`,
      webOrigins: webOrigins(webPort),
      environment: process.env.CLIENTSTOR_E2E_ENVIRONMENT ?? 'Development',
      masterKey: randomBytes(32).toString('base64'),
    });
    // Every spec signs in from 127.0.0.1 within a few minutes, most as the same administrator: raise the per-address
    // and per-account sign-in and the anonymous limits (the limiter still runs; the API tests prove the limits).
    env.ClientStor__RateLimits__LoginPerIp__PermitLimit = '10000';
    env.ClientStor__RateLimits__LoginPerAccount__PermitLimit = '10000';
    env.ClientStor__RateLimits__AnonymousPerIp__PermitLimit = '100000';
    env.ClientStor__RateLimits__ApiPerUser__PermitLimit = '100000';
    await apiVerb(dll, ['migrate'], env);
    await apiVerb(dll, ['admin', 'create', '--email', email, '--password', password], env, { redact: [password] });

    const api = start('dotnet', [dll], { name: 'api', cwd: path.dirname(dll), env });
    procs.push(api);
    const web = start('npm', ['run', 'dev', '-w', 'web'], {
      name: 'web', cwd: ROOT,
      env: { ...NPM_ENV, PORT: String(webPort), CLIENTSTOR_API_URL: `http://127.0.0.1:${apiPort}`, BROWSER: 'none' },
    });
    procs.push(web);
    await waitForHttp(`http://127.0.0.1:${apiPort}/health/ready`, { proc: api, label: 'API /health/ready', timeoutMs: 2 * MIN });
    await waitForHttp([`http://127.0.0.1:${webPort}/`, `http://localhost:${webPort}/`], { proc: web, label: 'web dev server', timeoutMs: 2 * MIN });
    log(`e2e stack up: web http://127.0.0.1:${webPort}  api http://127.0.0.1:${apiPort}`);

    // CLIENTSTOR_E2E_SPECS=search.spec.ts,vault.spec.ts runs only those specs (while developing a page; CI runs all).
    const specs = (process.env.CLIENTSTOR_E2E_SPECS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const r = await run('npm', ['test', '-w', 'tests/e2e', ...(specs.length ? ['--', ...specs] : [])], {
      name: 'e2e', cwd: ROOT, timeoutMs: 20 * MIN,
      env: {
        ...NPM_ENV, CI: 'true',
        E2E_BASE_URL: `http://127.0.0.1:${webPort}`,
        E2E_API_URL: `http://127.0.0.1:${apiPort}`,
        E2E_ADMIN_EMAIL: email,
        E2E_ADMIN_PASSWORD: password,
        E2E_JSON: json,
        CHROMIUM_PATH: chromium,
      },
    });
    return suiteResult(name, { code: r.code, reportFiles: [json], parser: parsePlaywright });
  } catch (e) {
    log(`e2e setup failed: ${e.message}`);
    return suiteResult(name, { error: e.message.split('\n')[0] });
  } finally {
    for (const p of procs.reverse()) stopProcess(p);
  }
}

let code = 1;
try {
  await main();
} catch (e) {
  log(`test run aborted: ${e.stack ?? e}`);
  results.push({ name: 'test runner', passed: 0, failed: 1, notes: [String(e.message ?? e).split('\n')[0]] });
} finally {
  cleanupAllSync(); // stop API, vite, PostgreSQL before the summary so the summary is the last output
  log(`reports in ${path.relative(ROOT, reports)}/`);
  const { failed } = printSummary(results);
  code = failed > 0 || results.length === 0 ? 1 : 0;
}
process.exit(code);
