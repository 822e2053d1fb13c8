#!/usr/bin/env node
// `npm run bench`: load benchmarks (DESIGN.md "Performance", issue #11). Starts a private PostgreSQL and the
// API (Release), seeds the large dataset, gets real tokens, drives each row with wrk over loopback and writes
// the table to stdout and bench/results.md. Targets are reported, not asserted: exit 0 when the run completed.
// Options: --duration S (measured seconds per row, default 10), --warmup S (seconds per JIT warm-up round, default 5),
// --warmup-rounds N (at most N rounds per row until the API's tiered compiler is quiet, default 8),
// --single S (1-connection run per row, default 5), --connections N (32), --threads N (2), --rows 2,6 (only these
// rows and the baseline), --data DIR (keep the seeded cluster in DIR and reuse it next time). See bench/README.md.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ensureApt } from './lib/apt.mjs';
import { captureRequest, freshIds, pgbenchCeiling } from './lib/bench-ceiling.mjs';
import { call, clientCredentials, formBody, signIn, timeToLastByte } from './lib/bench-http.mjs';
import { CpuMeter, RssSampler, markdownTable, median, runWrk } from './lib/bench-wrk.mjs';
import { API_PROJECT, DOTNET_ENV, ROOT, apiEnv, apiVerb, parseArgs, randomPassword, webOrigins } from './lib/common.mjs';
import { ensurePostgres, startCluster } from './lib/pg.mjs';
import { freePort } from './lib/ports.mjs';
import { cleanupAllSync, commandExists, installExitHandlers, isRoot, log, onCleanup, runChecked, runSync, start, stopProcess } from './lib/proc.mjs';
import { waitForHttp } from './lib/wait.mjs';

installExitHandlers();
const args = parseArgs(process.argv.slice(2));
const num = (v, d) => (v === undefined || v === true ? d : Number(v));
const DURATION = num(args.duration ?? process.env.BENCH_DURATION, 10);
const WARMUP = num(args.warmup ?? process.env.BENCH_WARMUP, 5);
const WARMUP_ROUNDS = num(args['warmup-rounds'], 8); // at most this many warm-up rounds per row
// The API's gate for commits into one audit chain (ClientStor:Audit:CommitsPerChain, default 4): the write rows' ceiling
// is also measured with this many writers.
const COMMITS_PER_CHAIN = Number(process.env.ClientStor__Audit__CommitsPerChain ?? 4);
const JIT_QUIET_PCT = 2; // tiered compilation below this (% of one core) during a warm-up round: the row's code is optimised
const CONNECTIONS = num(args.connections, 32);
const THREADS = num(args.threads, 2);
const CSV_RUNS = 5;
const TRANSFER_MB = 50; // rows 13 and 14: one attachment of this size, uploaded and downloaded TRANSFER_RUNS times in a row
const TRANSFER_RUNS = 3;
const SINGLE_S = num(args.single, 5); // seconds of the 1-connection run per row
const ONLY_ROWS = typeof args.rows === 'string' ? new Set(['1', ...args.rows.split(',').map((r) => r.trim())]) : null;
// A folder that keeps the seeded cluster, its master key and the bench admin between runs (development only: the
// published results come from a fresh seed).
const DATA_DIR = typeof args.data === 'string' ? path.resolve(args.data) : null;

// The dataset (issue #11): 200 orgs × 500 assets = 100,000 (+ Contoso topped up to 10,000 for the CSV row),
// 200 × 100 = 20,000 credentials, 1,000,000 audit rows in the organisations' hash chains.
const SEED = ['seed', 'demo', '--orgs', '200', '--assets-per-org', '500', '--credentials-per-org', '100', '--articles-per-org', '250', '--audit-rows', '1000000'];
const SEED_BIG_ORG = ['seed', 'demo', '--orgs', '1', '--assets-per-org', '10000'];
// Row 12's article: a 3 KB runbook with headings, steps, a table and a link, as technicians write them.
const BENCH_ARTICLE = [
  '# Nightly backup check', '', '**When:** every morning before 09:00  **Takes:** 10 minutes', '',
  '## Steps',
  ...Array.from({ length: 16 }, (_, i) => `${i + 1}. Open the backup console for server ${i + 1}, check the last job finished, and restart a failed job once before opening a ticket.`),
  '', '## Servers', '', '| Server | Address | Retention | Owner |', '| --- | --- | --- | --- |',
  ...Array.from({ length: 14 }, (_, i) => `| FS-${String(i + 1).padStart(2, '0')} | 10.1.10.${20 + i} | 30 days | Service desk |`),
  '', '## Notes', '',
  'The offsite copy runs weekly on Sunday at 03:00 and is checked by the on-call technician. Restore tests run quarterly; record the result in the ticket and in the [restore log](https://backup.example/restores).',
  '', '- [x] Console reachable', '- [ ] Offsite copy verified this week', '',
].join('\n');
const BENCH_ORG_SLUG = 'demo-client-0100'; // a typical organisation: 500 assets, 100 credentials, ~5,000 audit rows
const BIG_ORG_SLUG = 'contoso'; // the first named org; SEED_BIG_ORG tops it up to 10,000 assets
const DB = 'clientstor_bench';
const EMAIL = 'bench-admin@clientstor.local';
const WEB_PORT = 5173; // only for the SPA client's registered redirect URI; nothing listens there
const REDIRECT_URI = `http://127.0.0.1:${WEB_PORT}/auth/callback`;

// Settings for the run: measure throughput, not the rate limiter; tokens and the re-auth window outlive the run.
const RUN_SETTINGS = {
  ClientStor__RateLimits__ApiPerUser__PermitLimit: '100000000',
  ClientStor__RateLimits__ApiPerKey__PermitLimit: '100000000',
  ClientStor__RateLimits__AnonymousPerIp__PermitLimit: '100000000',
  ClientStor__RateLimits__TokenPerClient__PermitLimit: '100000000',
  ClientStor__RateLimits__LoginPerIp__PermitLimit: '100000000',
  ClientStor__RateLimits__LoginPerAccount__PermitLimit: '100000000',
  ClientStor__Auth__AccessTokenLifetime: '02:00:00',
  ClientStor__Auth__ApiKeyTokenLifetime: '02:00:00',
  ClientStor__Auth__ReauthWindow: '02:00:00',
  ClientStor__Auth__IdleTimeout: '04:00:00',
};
// Console logging at Information costs CPU on every request; a production deployment ships logs at Warning.
const LOG_SETTINGS = { Logging__LogLevel__Default: 'Warning' };

const results = { rows: [], notes: [], seed: {}, machine: {} };

function machineInfo() {
  const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) ?? [])[1] ?? os.cpus()[0]?.model ?? '?';
  const git = (a) => runSync('git', a, { cwd: ROOT }).stdout.trim();
  const dirty = git(['status', '--porcelain']).length > 0;
  const version = (cmd, a) => (runSync(cmd, a).stdout || runSync(cmd, a).stderr).trim().split('\n')[0];
  return {
    date: new Date().toISOString(),
    commit: `${git(['rev-parse', '--short', 'HEAD'])}${dirty ? ' (with uncommitted changes)' : ''}`,
    nproc: os.cpus().length,
    cpu: cpuModel,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    kernel: os.release(),
    dotnet: version('dotnet', ['--version']),
    wrk: version('wrk', ['-v']),
    loadStart: os.loadavg().map((x) => x.toFixed(2)).join(' '),
  };
}

/** The private cluster with pg_stat_statements loaded and a larger WAL (the bulk seed checkpoints less). */
async function startPostgres(tmp) {
  const dir = path.join(DATA_DIR ?? tmp, 'pg');
  const logFile = path.join(tmp, 'pg.log');
  const cluster = await startCluster({ dir, port: await freePort(), logFile });
  cluster.psql("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'");
  cluster.psql("ALTER SYSTEM SET max_wal_size = '4GB'");
  cluster.psql("ALTER SYSTEM SET log_min_duration_statement = '250ms'");
  const pgCtl = path.join(cluster.binDir, 'pg_ctl');
  const pgArgs = ['-D', dir, '-l', logFile, '-w', '-t', '60', '-m', 'fast', 'restart'];
  const r = isRoot() ? runSync('runuser', ['-u', 'postgres', '--', pgCtl, ...pgArgs]) : runSync(pgCtl, pgArgs);
  if (r.code !== 0) throw new Error(`pg_ctl restart failed: ${r.stderr || r.stdout}`);
  cluster.fresh = cluster.createDatabase(DB);
  cluster.psql('CREATE EXTENSION IF NOT EXISTS pg_stat_statements', DB);
  cluster.postmasterPid = Number(readFileSync(path.join(dir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  cluster.logFile = logFile;
  return cluster;
}

/** Top statements (by total time) since the last reset: what the database did for one row. */
function sqlStats(cluster) {
  const out = cluster.psql(`
    SELECT json_build_object(
      'calls', (SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s WHERE s.dbid = d.oid),
      'totalMs', (SELECT coalesce(round(sum(total_exec_time)::numeric, 1), 0) FROM pg_stat_statements s WHERE s.dbid = d.oid),
      'top', (SELECT coalesce(json_agg(t), '[]') FROM (
        SELECT calls, round(total_exec_time::numeric, 1) AS total_ms, round(mean_exec_time::numeric, 3) AS mean_ms,
               round(max_exec_time::numeric, 2) AS max_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 220) AS query
        FROM pg_stat_statements s WHERE s.dbid = d.oid ORDER BY total_exec_time DESC LIMIT 5) t))
    FROM pg_database d WHERE d.datname = '${DB}'`, DB);
  return JSON.parse(out);
}

async function main() {
  // ---- tools ----
  await ensureApt('wrk', { check: () => commandExists('wrk') });
  await ensurePostgres();
  results.machine = machineInfo();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'clientstor-bench-'));
  chmodSync(tmp, 0o755); // the postgres user must traverse it
  onCleanup(() => {
    if (!process.env.BENCH_KEEP_TMP) rmSync(tmp, { recursive: true, force: true });
  });

  // ---- Release build, published to its own folder (a concurrent build of bin/Release cannot swap it mid-run) ----
  const publishDir = path.join(tmp, 'api');
  await runChecked('dotnet', ['publish', API_PROJECT, '-c', 'Release', '-o', publishDir, '-nologo', '-v', 'q'], { name: 'publish', cwd: ROOT, env: DOTNET_ENV });
  const dll = path.join(publishDir, 'ClientStor.Api.dll');
  // The published runtimeconfig decides the GC; the figures below assume the workstation GC (see bench/README).
  const gcServer = JSON.parse(readFileSync(path.join(publishDir, 'ClientStor.Api.runtimeconfig.json'), 'utf8')).runtimeOptions?.configProperties?.['System.GC.Server'];
  if (gcServer !== false) throw new Error(`the published runtimeconfig has System.GC.Server = ${gcServer}; the benchmark expects the workstation GC`);
  log('published runtimeconfig: System.GC.Server = false (workstation GC)');

  // ---- PostgreSQL, database, migrations, seed, admin ----
  const cluster = await startPostgres(tmp);
  const apiPort = await freePort();
  const API = `http://127.0.0.1:${apiPort}`;
  const kept = DATA_DIR && existsSync(path.join(DATA_DIR, 'bench.json')) && !cluster.fresh
    ? JSON.parse(readFileSync(path.join(DATA_DIR, 'bench.json'), 'utf8')) : null;
  const masterKey = kept?.masterKey ?? randomBytes(32).toString('base64');
  const env = {
    ...apiEnv({ connectionString: cluster.connectionString(DB), urls: API, webOrigins: webOrigins(WEB_PORT), environment: 'Production', masterKey }),
    ...RUN_SETTINGS,
  };
  for (const [k, v] of Object.entries(LOG_SETTINGS)) if (!(k in process.env)) env[k] = v;
  await apiVerb(dll, ['migrate'], env);

  if (kept) {
    results.seed = kept.seed;
    log(`reusing the seeded database in ${DATA_DIR} (seeded ${kept.seed.main.seconds.toFixed(1)} s + ${kept.seed.big.seconds.toFixed(1)} s)`);
  } else {
    let t0 = performance.now();
    const seedOut = await apiVerb(dll, SEED, env);
    results.seed.main = { seconds: (performance.now() - t0) / 1000, output: lastLine(seedOut.output), command: SEED.join(' ') };
    t0 = performance.now();
    const bigOut = await apiVerb(dll, SEED_BIG_ORG, env);
    results.seed.big = { seconds: (performance.now() - t0) / 1000, output: lastLine(bigOut.output), command: SEED_BIG_ORG.join(' ') };
  }
  results.pgVersion = cluster.psql('SHOW server_version', DB);
  results.seed.counts = JSON.parse(cluster.psql(`SELECT json_build_object('orgs', (SELECT count(*) FROM orgs), 'assets', (SELECT count(*) FROM assets),
    'credentials', (SELECT count(*) FROM credentials), 'auditRows', (SELECT count(*) FROM audit_events),
    'database', pg_size_pretty(pg_database_size(current_database())))`, DB));
  log(`seeded in ${results.seed.main.seconds.toFixed(1)} s + ${results.seed.big.seconds.toFixed(1)} s: ${JSON.stringify(results.seed.counts)}`);
  // Settle after the bulk load, as an operator would: VACUUM sets hint bits and the visibility map (otherwise the first
  // reads of every page write it back) and CHECKPOINT writes the seed's dirty pages now, not during the measured rows.
  const settleStart = performance.now();
  cluster.psql('VACUUM (ANALYZE)', DB);
  cluster.psql('CHECKPOINT', DB);
  results.seed.settleSeconds = (performance.now() - settleStart) / 1000;
  log(`settled (VACUUM (ANALYZE), CHECKPOINT) in ${results.seed.settleSeconds.toFixed(1)} s`);

  const password = kept?.password ?? randomPassword();
  if (!kept) await apiVerb(dll, ['admin', 'create', '--email', EMAIL, '--password', password], env, { redact: [password] });
  if (DATA_DIR && !kept) writeFileSync(path.join(DATA_DIR, 'bench.json'), JSON.stringify({ masterKey, password, seed: results.seed }), { mode: 0o600 });

  // ---- the API ----
  const api = start('dotnet', [dll], { name: 'api', cwd: publishDir, env });
  onCleanup(() => stopProcess(api));
  await waitForHttp(`${API}/health/ready`, { proc: api, label: 'API /health/ready', timeoutMs: 3 * 60_000 });
  const rss = new RssSampler(api.child.pid);
  const cpu = new CpuMeter({ apiPid: api.child.pid, postmasterPid: cluster.postmasterPid });
  results.rssIdleMb = rss.currentMb();

  // ---- real tokens ----
  const user = await signIn(API, { email: EMAIL, password, redirectUri: REDIRECT_URI });
  const orgs = (await call(API, 'GET', '/api/v1/orgs?limit=500', { token: user.accessToken })).items;
  const benchOrg = orgs.find((o) => o.slug === BENCH_ORG_SLUG);
  const bigOrg = orgs.find((o) => o.slug === BIG_ORG_SLUG);
  if (!benchOrg || !bigOrg) throw new Error(`seeded organisations ${BENCH_ORG_SLUG} / ${BIG_ORG_SLUG} not found`);
  const scopes = ['assets.read', 'assets.write', 'vault.read', 'audit.read', 'audit.export'];
  const key = await call(API, 'POST', `/api/v1/orgs/${benchOrg.id}/api-keys`, { token: user.accessToken, body: { name: 'bench', scopes } });
  const keyToken = await clientCredentials(API, key.clientId, key.clientSecret);
  const asset = (await call(API, 'GET', `/api/v1/orgs/${benchOrg.id}/assets?limit=1`, { token: user.accessToken })).items[0];
  const credential = (await call(API, 'GET', `/api/v1/orgs/${benchOrg.id}/vault/credentials?limit=1`, { token: user.accessToken })).items[0];
  log(`user token ok (expires in ${user.expiresIn} s), API key ${key.clientId} token ok; bench org ${benchOrg.id}, big org ${bigOrg.id}`);

  // ---- rows (issue order; run order puts the writes last so reads see the seeded data only) ----
  const orgPath = `/api/v1/orgs/${benchOrg.id}`;
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const rows = [
    { id: '1', label: 'baseline: GET /health/live (anonymous)', path: '/health/live' },
    // not one of the issue's rows: what any authenticated request costs (DESIGN.md's database check of token and session)
    { id: '1b', label: 'authenticated floor: GET /api/v1/permissions (user token; the check, no data query)', path: '/api/v1/permissions', token: user.accessToken, ceiling: true },
    { id: '2', label: 'GET assets?limit=50 (user token)', path: `${orgPath}/assets?limit=50`, token: user.accessToken, ceiling: true, target: 'ratio ≥ 35%, p99 ≤ 30 ms', check: (r, m) => r >= 0.35 && m.p99 <= 30 },
    { id: '2b', label: 'GET assets?limit=50 (API key token)', path: `${orgPath}/assets?limit=50`, token: keyToken.accessToken, ceiling: true, target: 'ratio ≥ 35%, p99 ≤ 30 ms', check: (r, m) => r >= 0.35 && m.p99 <= 30 },
    { id: '3', label: 'GET assets, filter + sort (status=active&sort=-updatedAt)', path: `${orgPath}/assets?limit=50&status=active&sort=-updatedAt`, token: user.accessToken },
    { id: '4', label: 'GET assets?q=cisco (search)', path: `${orgPath}/assets?limit=50&q=cisco`, token: user.accessToken, ceiling: true, target: 'p95 ≤ 50 ms', check: (r, m) => m.p95 <= 50 },
    // #22: global search as a global administrator: every type, across all 200 organisations (and the 10,000-asset one)
    { id: '4g', label: 'GET /api/v1/search?q=cisco (global admin, every organisation, every type)', path: '/api/v1/search?q=cisco&limit=5', token: user.accessToken,
      target: 'p95 ≤ 2 × row 4 p95', check: (r, m) => {
        const perOrg = rows.find((x) => x.id === '4')?.result;
        return perOrg ? m.p95 <= 2 * perOrg.p95 : false;
      } },
    { id: '5', label: 'GET one asset (detail)', path: `${orgPath}/assets/${asset.id}`, token: user.accessToken },
    { id: '6', label: 'POST create asset (audited)', path: `${orgPath}/assets`, token: user.accessToken, method: 'POST', contentType: 'application/json', write: true,
      body: JSON.stringify({ type: 'server', name: 'BENCH-{n}', status: 'active', manufacturer: 'Dell', model: 'PowerEdge R760', tags: ['bench'] }),
      target: 'ratio ≥ 15%', check: (r) => r >= 0.15, ceiling: true, newIds: (body) => [JSON.parse(body).id] },
    { id: '7', label: 'POST vault reveal (audited, user after sign-in)', path: `${orgPath}/vault/credentials/${credential.id}/reveal`, token: user.accessToken,
      method: 'POST', contentType: 'application/json', body: JSON.stringify({ field: 'password' }), write: true, target: 'p50 ≤ 10 ms', check: (r, m) => m.p50 <= 10,
      ceiling: true },
    { id: '8', label: 'GET audit, filters (category=vault&outcome=success&from=-30d)', path: `${orgPath}/audit?limit=50&category=vault&outcome=success&from=${encodeURIComponent(from)}`, token: user.accessToken },
    { id: '9', label: `CSV export, ${BIG_ORG_SLUG} (10,000 assets), time to last byte`, csv: `/api/v1/orgs/${bigOrg.id}/assets/export.csv`, token: user.accessToken, target: 'median ≤ 1 s', check: (r, m) => m.p50 <= 1000 },
    // #23: the knowledge base. Global search over every type with 50,000 articles (1–5 KB each) in the 200 organisations:
    // full-text words of article bodies plus every other type's trigram match, in one statement.
    { id: '11', label: 'GET /api/v1/search?q=restart backup (global admin, every type, 50,000 articles)', path: '/api/v1/search?q=restart%20backup&limit=5', token: user.accessToken,
      target: 'p95 ≤ 2 × row 4 p95', check: (r, m) => {
        const perOrg = rows.find((x) => x.id === '4')?.result;
        return perOrg ? m.p95 <= 2 * perOrg.p95 : false;
      } },
    { id: '12', label: 'POST create article, 3 KB Markdown (rendered, sanitised, first revision, audited)', path: `${orgPath}/docs/articles`, token: user.accessToken, method: 'POST',
      contentType: 'application/json', write: true, body: JSON.stringify({ title: 'Bench article {n}', body: BENCH_ARTICLE, tags: ['bench'], summary: 'bench' }),
      target: 'req/s ≥ 50% of row 6', check: (r, m) => {
        const asset = rows.find((x) => x.id === '6')?.result;
        return asset ? m.rps >= 0.5 * asset.rps : false;
      } },
    // #23: attachments stream through the API (spooled to disk, hashed, checked by the upload guard, 1 MiB chunks in
    // PostgreSQL by binary COPY inside the upload's transaction; downloads read a chunk at a time).
    { id: '13', label: `POST attachment upload, ${TRANSFER_MB} MB text file (spooled, hashed, guarded, stored in PostgreSQL chunks; audited), time to 201`,
      transfer: 'upload', parent: `${orgPath}/assets/${asset.id}`, token: user.accessToken, write: true,
      target: '≥ 20 MB/s, RSS growth ≤ 50 MB', check: (r, m) => m.mbps >= 20 && m.rssGrowthMb <= 50 },
    { id: '14', label: `GET attachment download, ${TRANSFER_MB} MB, time to last byte`,
      transfer: 'download', parent: `${orgPath}/assets/${asset.id}`, token: user.accessToken, write: true,
      target: '≥ 50 MB/s, RSS growth ≤ 50 MB', check: (r, m) => m.mbps >= 50 && m.rssGrowthMb <= 50 },
    { id: '10', label: 'POST /connect/token (client credentials)', path: '/connect/token', method: 'POST', contentType: 'application/x-www-form-urlencoded', write: true,
      body: formBody({ grant_type: 'client_credentials', client_id: key.clientId, client_secret: key.clientSecret }) },
  ];
  if (ONLY_ROWS) rows.splice(0, rows.length, ...rows.filter((r) => ONLY_ROWS.has(r.id)));
  const runOrder = [...rows.filter((r) => !r.write), ...rows.filter((r) => r.write)];
  const cores = os.cpus().length;
  const wrkArgs = (row, extra = {}) => ({
    url: API + row.path, threads: THREADS, connections: CONNECTIONS, method: row.method, token: row.token, body: row.body, contentType: row.contentType, ...extra,
  });
  const csvUrl = (row) => new URL(row.csv, API);

  // Rows 13 and 14: sequential transfers of one big file; MB/s of the median run and the API's RSS growth over the row.
  let transferFile;
  const transferBody = () => {
    if (!transferFile) {
      const line = (i) => `${String(i).padStart(9, '0')} backup job FS01 copied block to the offsite store, checksum verified\n`;
      const parts = [];
      let size = 0;
      for (let i = 0; size < TRANSFER_MB * 1024 * 1024; i++) {
        const l = Buffer.from(line(i));
        parts.push(l);
        size += l.length;
      }
      transferFile = Buffer.concat(parts).subarray(0, TRANSFER_MB * 1024 * 1024);
    }
    return transferFile;
  };
  let uploadedId;
  async function transferOnce(row) {
    const headers = { Authorization: `Bearer ${row.token}` };
    const t0 = performance.now();
    let res;
    let bytes;
    if (row.transfer === 'upload' || !uploadedId) {
      bytes = transferBody();
      res = await fetch(new URL(`${row.parent}/attachments?fileName=bench-${Date.now()}.log`, API), {
        method: 'POST', headers: { ...headers, 'Content-Type': 'application/octet-stream' }, body: bytes,
      });
      const text = await res.text();
      if (res.status !== 201) throw new Error(`upload -> HTTP ${res.status}: ${text.slice(0, 300)}`);
      uploadedId = JSON.parse(text).id;
    }
    if (row.transfer === 'download') {
      const d0 = performance.now();
      res = await fetch(new URL(`${row.parent}/attachments/${uploadedId}/content`, API), { headers });
      bytes = Buffer.from(await res.arrayBuffer());
      if (res.status !== 200) throw new Error(`download -> HTTP ${res.status}`);
      return { ms: performance.now() - d0, status: res.status, bytes: bytes.length };
    }
    return { ms: performance.now() - t0, status: res.status, bytes: bytes.length };
  }


  // JIT warm-up: tiered compilation of every path (EF queries, OpenIddict, serialisers) settles before anything is measured.
  // A row is driven in rounds of WARMUP seconds until the runtime's tiered-compilation thread is quiet during a round
  // (a fixed 5 s left it busy with 11-17% of the API's CPU in the write rows' measured windows).
  log(`warm-up: every row in rounds of ${WARMUP} s until the API's tiered compilation is quiet (< ${JIT_QUIET_PCT}% of a core), at most ${WARMUP_ROUNDS} rounds`);
  for (const row of runOrder) {
    try {
      if (row.transfer) {
        await transferOnce(row); // also a probe: throws unless 2xx
        continue;
      }
      await probe(API + (row.path ?? row.csv), row); // a row that cannot answer 2xx is reported, not measured
      if (row.csv) await timeToLastByte(csvUrl(row), row.token);
      else if (WARMUP > 0) {
        row.warmup = { rounds: 0 };
        do {
          const c0 = cpu.snapshot();
          await runWrk(wrkArgs(row, { durationS: WARMUP }));
          row.warmup.jitPct = CpuMeter.diff(c0, cpu.snapshot(), cores).jitPct;
          row.warmup.rounds++;
        } while (row.warmup.jitPct >= JIT_QUIET_PCT && row.warmup.rounds < WARMUP_ROUNDS);
        log(`warm-up ${row.id}: ${row.warmup.rounds} round(s), tiered compilation ${row.warmup.jitPct.toFixed(1)}% of a core in the last`);
      }
    } catch (e) {
      row.error = e.message.split('\n')[0].slice(0, 200);
      log(`row ${row.id} cannot be measured: ${e.message}`);
    }
  }

  const measure = async (row) => {
    try {
      log(`row ${row.id}: ${row.label}`);
      if (row.transfer) {
        const mark = rss.mark();
        const before = rss.currentMb();
        cluster.psql('SELECT pg_stat_statements_reset()', DB);
        const c0 = cpu.snapshot();
        const runs = [];
        for (let i = 0; i < TRANSFER_RUNS; i++) runs.push(await transferOnce(row));
        row.cpu = CpuMeter.diff(c0, cpu.snapshot(), cores);
        row.rssMb = rss.peakMb(mark);
        const ms = median(runs.map((r) => r.ms));
        const mb = runs[0].bytes / 1024 / 1024;
        row.result = { p50: ms, p99: Math.max(...runs.map((r) => r.ms)), errors: 0, runs, requests: runs.length, mbps: mb / (ms / 1000), rssGrowthMb: row.rssMb - before };
        row.detail = `${TRANSFER_RUNS} sequential ${row.transfer}s of ${mb.toFixed(0)} MB: ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms, ` +
          `${row.result.mbps.toFixed(1)} MB/s at the median; API RSS ${before.toFixed(0)} MB before, peak ${row.rssMb.toFixed(0)} MB ` +
          `(growth ${row.result.rssGrowthMb.toFixed(1)} MB); the p50 column is the median, the p99 column the slowest run`;
      } else if (row.csv) {
        await timeToLastByte(csvUrl(row), row.token);
        const mark = rss.mark();
        cluster.psql('SELECT pg_stat_statements_reset()', DB);
        const c0 = cpu.snapshot();
        const runs = [];
        for (let i = 0; i < CSV_RUNS; i++) runs.push(await timeToLastByte(csvUrl(row), row.token));
        row.cpu = CpuMeter.diff(c0, cpu.snapshot(), cores);
        const bad = runs.filter((r) => r.status !== 200).length;
        row.result = { p50: median(runs.map((r) => r.ms)), p99: Math.max(...runs.map((r) => r.ms)), errors: bad, runs, requests: runs.length };
        row.rssMb = rss.peakMb(mark);
        row.detail = `${CSV_RUNS} sequential runs: ${runs.map((r) => r.ms.toFixed(0)).join(', ')} ms; ${runs[0].lines - 1} data rows, ` +
          `${(runs[0].bytes / 1024).toFixed(0)} KiB; the p50 column is the median, the p99 column the slowest run`;
      } else {
        await runWrk(wrkArgs(row, { durationS: 2 }));
        await delay(500);
        const mark = rss.mark();
        cluster.psql('SELECT pg_stat_statements_reset()', DB);
        const c0 = cpu.snapshot();
        row.result = await runWrk(wrkArgs(row, { durationS: DURATION }));
        row.cpu = CpuMeter.diff(c0, cpu.snapshot(), cores);
        row.rssMb = rss.peakMb(mark);
        row.sql = sqlStats(cluster);
        // the same request alone (1 connection): service time without queueing
        row.single = await runWrk(wrkArgs(row, { threads: 1, connections: 1, durationS: SINGLE_S }));
      }
      row.sql ??= sqlStats(cluster);
      const m = row.result;
      log(`row ${row.id}: ${m.rps ? `${m.rps.toFixed(0)} req/s, ` : ''}p50 ${m.p50.toFixed(1)} ms, p99 ${m.p99.toFixed(1)} ms, errors ${m.errors}` +
        `${m.statuses ? ` (${m.statuses})` : ''}${row.single ? `, p50 alone ${row.single.p50.toFixed(1)} ms` : ''}, RSS ${row.rssMb.toFixed(0)} MB; ` +
        `CPU % of one core: api ${row.cpu.apiPct.toFixed(0)}, postgres ${row.cpu.pgPct.toFixed(0)}, wrk ${row.cpu.wrkPct.toFixed(0)}, other processes ${row.cpu.otherPct.toFixed(0)}`);
    } catch (e) {
      row.error = e.message.split('\n')[0].slice(0, 200);
      log(`row ${row.id} failed: ${e.message}`);
    }
  };
  const measured = runOrder.filter((r) => !r.error);
  for (const row of measured.filter((r) => !r.write)) await measure(row);
  // the database's own ceiling for the read rows, before any write row changes the data they read; the write rows' after them
  const withCeiling = (write) => rows.filter((r) => r.ceiling && !r.write === !write && r.result && !r.error);
  await ceilings(API, cluster, withCeiling(false), tmp);
  for (const row of measured.filter((r) => r.write)) await measure(row);
  await ceilings(API, cluster, withCeiling(true), tmp);

  // ---- ratios, targets, memory ----
  const baseline = rows[0].result?.rps;
  for (const row of rows) {
    if (row.result?.rps !== undefined && baseline) row.ratio = row.result.rps / baseline;
    if (row.check && row.result && !row.error) row.pass = row.check(row.ratio ?? NaN, row.result) && row.result.errors === 0;
  }
  const peak = rss.peakMb();
  rows.push({ id: 'RSS', label: 'API process peak RSS over the run (VmRSS)', rssMb: peak, target: '≤ 300 MB', pass: peak <= 300 });
  rss.stop();
  results.rows = rows;
  results.machine.loadEnd = os.loadavg().map((x) => x.toFixed(2)).join(' ');
  results.slowLog = slowStatements(cluster.logFile);

  const table = markdownTable(rows);
  process.stdout.write(`\n${table}\n\n`);
  // a partial or reused run is for development: it does not replace the published results
  const file = ONLY_ROWS || kept ? path.join(tmpOut(), 'results.md') : path.join(ROOT, 'bench', 'results.md');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report(table, rows));
  const seedTotal = results.seed.main.seconds + results.seed.big.seconds;
  log(`seed ${seedTotal.toFixed(1)} s (target < 180 s); machine ${results.machine.nproc} cores, load average ${results.machine.loadStart} at start; ` +
    `wrote ${path.relative(ROOT, file)} (CPU split, SQL per row)`);
}

function tmpOut() {
  const dir = DATA_DIR ?? os.tmpdir();
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * For each row: the statements of one of its requests (from PostgreSQL's log, with their parameters) replayed by pgbench
 * with the same number of connections. An upper bound for the row: no HTTP, no token, no API, a C client.
 */
async function ceilings(api, cluster, list, tmp) {
  for (const row of list) {
    try {
      log(`ceiling ${row.id}: the statements of one request, replayed by pgbench`);
      const captured = await captureRequest(cluster, () => probe(api + row.path, row), { write: row.write });
      const statements = row.newIds ? freshIds(captured.statements, row.newIds(captured.body)) : captured.statements;
      row.dbAlone = pgbenchCeiling(cluster, DB, statements, { dir: tmp, name: row.id, clients: CONNECTIONS, threads: THREADS, seconds: Math.max(3, DURATION / 2) });
      // the same work on one connection: the database's service time for one request, without queueing
      if (!row.dbAlone.error) row.dbAlone.single = pgbenchCeiling(cluster, DB, statements, { dir: tmp, name: `${row.id}-1`, clients: 1, threads: 1, seconds: 3 });
      // a write row with as many writers as the API lets commit into one audit chain at a time (AuditCommitGate)
      if (!row.dbAlone.error && row.write) {
        row.dbAlone.gated = pgbenchCeiling(cluster, DB, statements, { dir: tmp, name: `${row.id}-gate`, clients: COMMITS_PER_CHAIN, threads: Math.min(THREADS, COMMITS_PER_CHAIN), seconds: Math.max(3, DURATION / 2) });
        log(`ceiling ${row.id} with ${COMMITS_PER_CHAIN} writers: ${row.dbAlone.gated.tps?.toFixed(0) ?? row.dbAlone.gated.error} transactions/s`);
      }
      if (row.dbAlone.error) log(`ceiling ${row.id}: ${row.dbAlone.error}`);
      else log(`ceiling ${row.id}: ${row.dbAlone.statements} statement(s), ${row.dbAlone.tps.toFixed(0)} transactions/s, ` +
        `mean latency ${row.dbAlone.latencyMs} ms (1 connection: ${row.dbAlone.single.latencyMs ?? row.dbAlone.single.error} ms)`);
    } catch (e) {
      row.dbAlone = { error: e.message.split('\n')[0].slice(0, 200) };
    }
  }
}

async function probe(url, row) {
  const headers = {};
  if (row.token) headers.Authorization = `Bearer ${row.token}`;
  if (row.contentType) headers['Content-Type'] = row.contentType;
  const res = await fetch(url, { method: row.method ?? 'GET', headers, body: row.body?.replaceAll('{n}', 'probe'), redirect: 'manual' });
  const text = await res.text();
  if (res.status < 200 || res.status > 299) throw new Error(`probe ${row.method ?? 'GET'} ${new URL(url).pathname} -> HTTP ${res.status}: ${text.slice(0, 300)}`);
  return text;
}

function lastLine(output) {
  return output.trim().split('\n').filter((l) => l.startsWith('seed demo')).at(-1) ?? output.trim().split('\n').at(-1);
}

function slowStatements(logFile) {
  try {
    const lines = readFileSync(logFile, 'utf8').split('\n')
      .filter((l) => Number(l.match(/duration: ([\d.]+) ms/)?.[1] ?? 0) >= 250 && !/COPY|ANALYZE|CREATE|nextval/i.test(l));
    return lines.slice(-15).map((l) => l.replace(/^.*?duration:/, 'duration:').slice(0, 300));
  } catch {
    return [];
  }
}

function report(table, rows) {
  const m = results.machine;
  const s = results.seed;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs); see [README.md](README.md) for what each row means.`,
    '',
    `- date: ${m.date}; commit ${m.commit}`,
    `- machine: ${m.nproc} cores (${m.cpu}), ${m.memGiB} GiB RAM, Linux ${m.kernel}; load average at start ${m.loadStart}, at end ${m.loadEnd}`,
    `- tools: .NET SDK ${m.dotnet}, ${m.wrk.split(' Copyright')[0]}, PostgreSQL ${results.pgVersion ?? ''}`.trimEnd(),
    `- load: wrk ${THREADS} threads, ${CONNECTIONS} connections over loopback; a warm-up pass per row in rounds of ${WARMUP} s until the API's tiered compilation thread used < ${JIT_QUIET_PCT}% of a core in a round (at most ${WARMUP_ROUNDS}), then per row 2 s warm-up, ${DURATION} s measured, ` +
      `and ${SINGLE_S} s with 1 connection (the "1 conn" column: service time without queueing); wrk, the API and PostgreSQL share the machine's cores`,
    `- seed: \`${s.main.command}\` ${s.main.seconds.toFixed(1)} s, then \`${s.big.command}\` ${s.big.seconds.toFixed(1)} s (total ${(s.main.seconds + s.big.seconds).toFixed(1)} s): ` +
      `${s.counts.orgs} orgs, ${s.counts.assets} assets, ${s.counts.credentials} credentials, ${s.counts.auditRows} audit rows, database ${s.counts.database}; ` +
      `then VACUUM (ANALYZE) and CHECKPOINT ${s.settleSeconds?.toFixed(1) ?? '?'} s`,
    `- API idle RSS after start: ${results.rssIdleMb.toFixed(0)} MB`,
    '',
    table,
    '',
    'Errors are non-2xx answers plus socket errors (status codes seen in brackets). "vs baseline" is req/s divided by row 1\'s req/s in this run.',
    '',
    '## Per row: CPU and database work',
    '',
    `CPU in % of one core (the machine has ${m.nproc}); "other" is what the rest of the machine used meanwhile (noise). ` +
      'CPU ms per request = that process\'s CPU time / requests; "all" adds API, PostgreSQL and wrk; "of it tiered JIT" is the ' +
      'API\'s background compiler (code still being optimised: near 0 once warm). The machine is CPU-bound in ' +
      `every row, so a row reaches a share r of the baseline's req/s only when "all" is at most the baseline's "all" ÷ r.`,
    '',
    '| # | warm-up rounds | machine busy | API | of it tiered JIT | PostgreSQL | wrk | other | API CPU ms per request | PostgreSQL CPU ms per request | all CPU ms per request | SQL statements per request | SQL time per request (ms) |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const r of rows.filter((x) => x.cpu)) {
    const requests = r.result?.requests ?? 0;
    const c = r.cpu;
    const seconds = r.result?.durationS ?? (r.result?.runs ? r.result.runs.reduce((a, x) => a + x.ms, 0) / 1000 : 0);
    const msPer = (pct) => (requests && seconds ? ((pct / 100) * seconds * 1000) / requests : undefined);
    const [api, pg, wrk] = [msPer(c.apiPct), msPer(c.pgPct), msPer(c.wrkPct)];
    const f = (x) => (x === undefined ? '—' : x.toFixed(2));
    lines.push(`| ${r.id} | ${r.warmup?.rounds ?? '—'} | ${c.machinePct.toFixed(0)}% | ${c.apiPct.toFixed(0)}% | ${c.jitPct.toFixed(1)}% | ${c.pgPct.toFixed(0)}% | ${c.wrkPct.toFixed(0)}% | ${c.otherPct.toFixed(0)}% | ` +
      `${f(api)} | ${f(pg)} | ${api === undefined ? '—' : f(api + pg + wrk)} | ` +
      `${requests ? (r.sql.calls / requests).toFixed(1) : '—'} | ${requests ? (r.sql.totalMs / requests).toFixed(2) : '—'} |`);
  }
  for (const r of rows.filter((x) => x.detail)) lines.push('', `Row ${r.id}: ${r.detail}.`);
  const baselineRps = rows[0]?.result?.rps;
  const withCeiling = rows.filter((x) => x.dbAlone);
  if (withCeiling.length) {
    lines.push('', '## The database alone (ceilings of the rows with targets)', '',
      `The statements one request of the row sends, taken from PostgreSQL's log with their parameter values, replayed by pgbench ` +
      `(prepared, ${CONNECTIONS} clients, ${THREADS} threads, no HTTP, no API) on the same machine: the most requests per second the ` +
      'database work of that row allows here, even if the API cost nothing, and the mean latency of that work at this concurrency and on ' +
      'one connection alone. ' +
      'A write row is replayed as its whole transaction (the audit chain is linked by the trigger at COMMIT, as for the API), ' +
      'with the ids the request created drawn anew per transaction. The scripts are in the temporary folder (BENCH_KEEP_TMP=1 keeps them).', '',
      `| # | row | statements per request | PostgreSQL alone, transactions/s | vs baseline | mean latency (ms) | mean latency, 1 connection (ms) | writes: transactions/s with ${COMMITS_PER_CHAIN} connections (the API's gate per chain) | the row measured through the API |`,
      '|---|---|--:|--:|--:|--:|--:|--:|--:|');
    for (const r of withCeiling) {
      const c = r.dbAlone;
      lines.push(c.error ? `| ${r.id} | ${r.label} | — | not measured: ${c.error.replace(/\|/g, '\\|')} | — | — | — | — | — |`
        : `| ${r.id} | ${r.label} | ${c.statements} | ${Math.round(c.tps).toLocaleString('en-US')} | ${baselineRps ? `${((100 * c.tps) / baselineRps).toFixed(1)}%` : '—'} | ` +
          `${c.latencyMs?.toFixed(1) ?? '—'} | ${c.single?.latencyMs?.toFixed(2) ?? '—'} | ${c.gated?.tps ? `${Math.round(c.gated.tps).toLocaleString('en-US')} (${(100 * c.gated.tps / baselineRps).toFixed(1)}%)` : '—'} | ${r.result?.rps ? `${Math.round(r.result.rps).toLocaleString('en-US')} req/s (${(100 * r.ratio).toFixed(1)}%), p50 ${r.result.p50.toFixed(1)} ms` : '—'} |`);
    }
  }
  lines.push('', '## Top statements per row (pg_stat_statements, measured window only)', '');
  for (const r of rows.filter((x) => x.sql)) {
    lines.push(`<details><summary>Row ${r.id}: ${r.label}</summary>`, '', '| calls | total ms | mean ms | max ms | rows | statement |', '|--:|--:|--:|--:|--:|---|');
    for (const t of r.sql.top) lines.push(`| ${t.calls} | ${t.total_ms} | ${t.mean_ms} | ${t.max_ms} | ${t.rows} | \`${t.query.replace(/\|/g, '\\|').replace(/`/g, "'")}\` |`);
    lines.push('', '</details>', '');
  }
  if (results.slowLog?.length) lines.push('## Statements over 250 ms (PostgreSQL log)', '', '```', ...results.slowLog, '```', '');
  return lines.join('\n') + '\n';
}

let code = 0;
try {
  await main();
} catch (e) {
  log(`npm run bench failed: ${e.stack ?? e.message}`);
  code = 1;
}
cleanupAllSync();
process.exit(code);
