// The database's own ceiling for a row of `npm run bench`: the statements one request of that row sends, captured from
// PostgreSQL's log with their parameter values, replayed by pgbench (a C client, prepared statements, no HTTP, no API)
// with the row's connection count. What pgbench reaches is an upper bound for the row: the API can only add CPU.
// A write row's transaction is replayed whole (BEGIN .. COMMIT, so the commit-time audit trigger runs as it does for the
// API), with the ids the request created replaced by gen_random_uuid() so that every replayed transaction inserts new rows.
import { closeSync, openSync, readSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { runSync } from './proc.mjs';

/** Log entries (the "execute" phase of the extended protocol, and simple statements) that start after byte `from` of `logFile`: [{ sql, params: Map }]. */
export function executedStatements(logFile, from) {
  const size = statSync(logFile).size;
  const buf = Buffer.alloc(size - from);
  const fd = openSync(logFile, 'r');
  readSync(fd, buf, 0, buf.length, from);
  closeSync(fd);
  // an entry starts with the log line prefix ("2026-12-03 13:00:00.123 UTC [1234] "); continuation lines start with a tab
  const entries = [];
  for (const line of buf.toString('utf8').split('\n')) {
    if (line.startsWith('\t') && entries.length) entries[entries.length - 1] += `\n${line.slice(1)}`;
    else if (line.trim()) entries.push(line.replace(/^\S+ \S+ \S+ \[\d+\] /, ''));
  }
  // each phase of the extended protocol (parse, bind, execute) is its own entry; a DETAIL belongs to the entry before it
  const out = [];
  let last = null;
  for (const e of entries) {
    const d = e.match(/^DETAIL:\s+parameters: ([\s\S]*)$/);
    if (d) {
      if (last) last.params = parseParams(d[1]);
      continue;
    }
    const m = e.match(/^LOG:\s+duration: [\d.]+ ms\s+(?:execute [^:]*|statement): ([\s\S]*)$/);
    last = m ? { sql: m[1].trim(), params: new Map() } : null;
    if (last) out.push(last);
  }
  return out;
}

/** "$1 = 'a', $2 = NULL, $3 = 'it''s'" -> Map { 1 => "'a'", 2 => 'NULL', 3 => "'it''s'" } */
function parseParams(text) {
  const params = new Map();
  const re = /\$(\d+) = (NULL|'(?:[^']|'')*')/g;
  for (const m of text.matchAll(re)) params.set(Number(m[1]), m[2]);
  return params;
}

/**
 * One statement with its parameters written in as literals, made safe for pgbench, which reads ":word" as one of its
 * variables: a string literal holding ':' becomes an escape string with \x3a for it (still an untyped literal).
 */
export function inlineStatement({ sql, params }) {
  let s = sql;
  for (const n of [...params.keys()].sort((a, b) => b - a)) s = s.replaceAll(`$${n}`, params.get(n));
  return s.replace(/(E?)'((?:[^']|'')*)'/g, (whole, e, body) => {
    if (!body.includes(':')) return whole;
    const content = e ? body : body.replaceAll('\\', '\\\\');
    return `E'${content.replaceAll(':', '\\x3a')}'`;
  }).replace(/\s+/g, ' ');
}

/**
 * Captures what one request sends: log_min_duration_statement = 0 for the moment of the request, then back to `restore`.
 * For a read row only SELECT statements are kept (occasional bookkeeping writes such as "last seen" are left out); for a
 * write row (`write`) every statement is. `request` resolves to the response's body.
 */
export async function captureRequest(cluster, request, { write = false, restore = '250ms' } = {}) {
  const setLog = (v) => {
    cluster.psql(`ALTER SYSTEM SET log_min_duration_statement = '${v}'`);
    cluster.psql('SELECT pg_reload_conf()');
  };
  setLog('0');
  await delay(500);
  const from = statSync(cluster.logFile).size;
  const body = await request();
  await delay(500);
  setLog(restore);
  const keep = write ? () => true : (st) => /^\s*(SELECT|WITH)\b/i.test(st.sql);
  return { body, statements: executedStatements(cluster.logFile, from).filter((st) => keep(st) && !/pg_stat_statements|pg_reload_conf|log_min_duration/.test(st.sql)) };
}

/** The statements with every parameter equal to one of `ids` (the request's new rows) bound to gen_random_uuid() instead. */
export function freshIds(statements, ids) {
  const quoted = new Set(ids.map((id) => `'${id}'`));
  return statements.map((st) => ({ sql: st.sql, params: new Map([...st.params].map(([n, v]) => [n, quoted.has(v) ? 'gen_random_uuid()' : v])) }));
}

/** pgbench with the statements as one transaction script; { tps, latencyMs, statements, script } or { error }. */
export function pgbenchCeiling(cluster, database, statements, { dir, name, clients = 32, threads = 2, seconds = 5 }) {
  if (!statements.length) return { error: 'no statements captured' };
  const script = path.join(dir, `ceiling-${name}.sql`);
  writeFileSync(script, statements.map((st) => `${inlineStatement(st)};`).join('\n') + '\n');
  const pgbench = cluster.binDir ? path.join(cluster.binDir, 'pgbench') : 'pgbench';
  const r = runSync(pgbench, ['-h', cluster.host, '-p', String(cluster.port), '-U', 'postgres', '-n', '-M', 'prepared',
    '-c', String(clients), '-j', String(threads), '-T', String(seconds), '-f', script, database]);
  const tps = (r.stdout ?? '').match(/tps = ([\d.]+)/);
  if (r.code !== 0 || !tps) return { error: `pgbench failed (code ${r.code}): ${(r.stderr || r.stdout || '').trim().split('\n').slice(-2).join(' ')}`, script };
  const latency = (r.stdout ?? '').match(/latency average = ([\d.]+) ms/);
  return { tps: Number(tps[1]), latencyMs: latency ? Number(latency[1]) : undefined, statements: statements.length, script };
}
