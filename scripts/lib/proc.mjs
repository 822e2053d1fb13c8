// Child processes: prefixed streaming output, and whole-tree cleanup on exit / SIGINT / SIGTERM.
// Node 20 built-ins only.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const COLORS = [36, 35, 33, 32, 34, 91, 96, 95];
let colorIndex = 0;
const useColor = process.stdout.isTTY && !process.env.NO_COLOR;

export function log(msg) {
  process.stdout.write(`${useColor ? '\x1b[1m' : ''}[scripts]${useColor ? '\x1b[0m' : ''} ${msg}\n`);
}

function makePrefixer(prefix, stream) {
  const color = COLORS[colorIndex++ % COLORS.length];
  const tag = useColor ? `\x1b[${color}m[${prefix}]\x1b[0m ` : `[${prefix}] `;
  let buf = '';
  return {
    write(chunk) {
      buf += chunk.toString();
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        stream.write(tag + buf.slice(0, i + 1));
        buf = buf.slice(i + 1);
      }
    },
    flush() {
      if (buf) stream.write(tag + buf + '\n');
      buf = '';
    },
  };
}

// ---- registry of things to clean up (synchronous, so it also works from process.on('exit')) ----
const children = new Set(); // { child, name }
const cleanups = []; // sync functions, run in reverse order after children are killed
let cleanedUp = false;

export function onCleanup(fn) {
  cleanups.push(fn);
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// Linux: read /proc to find the whole tree (descendants) and process-group members that are alive.
function procTable() {
  const rows = [];
  let entries = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return rows;
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      rows.push({ pid: Number(e), state: rest[0], ppid: Number(rest[1]), pgrp: Number(rest[2]) });
    } catch {
      /* process went away */
    }
  }
  return rows;
}

function treePids(rootPid) {
  const rows = procTable();
  const result = new Set();
  // members of the child's own process group (children are spawned detached => pgid == pid)
  for (const r of rows) if (r.pgrp === rootPid && r.state !== 'Z') result.add(r.pid);
  // plus descendants by parent chain (covers grandchildren that called setsid)
  let frontier = [rootPid];
  while (frontier.length) {
    const next = [];
    for (const r of rows) if (frontier.includes(r.ppid) && !result.has(r.pid) && r.state !== 'Z') {
      result.add(r.pid);
      next.push(r.pid);
    }
    frontier = next;
  }
  const self = rows.find((r) => r.pid === rootPid);
  if (self && self.state !== 'Z') result.add(rootPid);
  return [...result];
}

function signalTree(pid, sig) {
  const pids = treePids(pid);
  try {
    process.kill(-pid, sig); // the process group
  } catch {
    /* no such group */
  }
  for (const p of pids) {
    try {
      process.kill(p, sig);
    } catch {
      /* gone */
    }
  }
  return pids.length;
}

/** Kill a process and everything under it: SIGTERM, wait up to graceMs, then SIGKILL. Synchronous. */
export function killTreeSync(pid, graceMs = 5000) {
  if (!pid) return;
  if (signalTree(pid, 'SIGTERM') === 0) return;
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    sleepSync(100);
    if (treePids(pid).length === 0) return;
  }
  signalTree(pid, 'SIGKILL');
}

export function cleanupAllSync() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const { child, name } of [...children].reverse()) {
    if (child.exitCode === null && child.signalCode === null) log(`stopping ${name} (pid ${child.pid})`);
    killTreeSync(child.pid);
  }
  children.clear();
  for (const fn of cleanups.reverse()) {
    try {
      fn();
    } catch (e) {
      process.stderr.write(`[scripts] cleanup failed: ${e?.message ?? e}\n`);
    }
  }
}

let handlersInstalled = false;
export function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', cleanupAllSync);
  for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]]) {
    process.on(sig, () => {
      log(`${sig} received, shutting down`);
      cleanupAllSync();
      process.exit(code);
    });
  }
  process.on('uncaughtException', (e) => {
    process.stderr.write(`[scripts] ${e?.stack ?? e}\n`);
    cleanupAllSync();
    process.exit(1);
  });
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`[scripts] ${e?.stack ?? e}\n`);
    cleanupAllSync();
    process.exit(1);
  });
}

/**
 * Start a child in its own process group with prefixed output. Returns { child, exited } where
 * exited resolves to { code, signal } (code is 1 when killed by a signal or failed to spawn).
 * The child is killed (whole tree) on cleanup unless it has already exited.
 */
export function start(cmd, args = [], { name = cmd, env, cwd, quiet = false, stdin = 'ignore' } = {}) {
  installExitHandlers();
  const child = spawn(cmd, args, {
    cwd,
    env: env ? { ...process.env, ...env } : process.env,
    stdio: [stdin, 'pipe', 'pipe'],
    detached: true,
  });
  const entry = { child, name };
  children.add(entry);
  const out = makePrefixer(name, process.stdout);
  const err = makePrefixer(name, process.stderr);
  let captured = '';
  const capture = (d) => {
    captured += d.toString();
    if (captured.length > 200_000) captured = captured.slice(-100_000);
  };
  child.stdout.on('data', (d) => {
    capture(d);
    if (!quiet) out.write(d);
  });
  child.stderr.on('data', (d) => {
    capture(d);
    if (!quiet) err.write(d);
  });
  const exited = new Promise((resolve) => {
    child.on('error', (e) => {
      err.write(`failed to start ${cmd}: ${e.message}\n`);
      children.delete(entry);
      resolve({ code: 127, signal: null, output: captured });
    });
    child.on('close', (code, signal) => {
      out.flush();
      err.flush();
      children.delete(entry);
      resolve({ code: code ?? 1, signal, output: captured });
    });
  });
  return { child, exited, name, entry, get output() { return captured; } };
}

/** Stop a handle from start() (whole tree, SIGTERM then SIGKILL) and forget it. Synchronous. */
export function stopProcess(handle, graceMs = 5000) {
  if (!handle) return;
  killTreeSync(handle.child.pid, graceMs);
  children.delete(handle.entry);
}

/** Run to completion; resolves { code, signal, output }. */
export async function run(cmd, args = [], opts = {}) {
  const label = opts.name ?? cmd;
  if (!opts.quiet) {
    let shown = [cmd, ...args].map((a) => (/[\s;"']/.test(a) ? JSON.stringify(a) : a)).join(' ');
    for (const secret of opts.redact ?? []) if (secret) shown = shown.split(secret).join('***');
    log(`${label}: ${shown}`);
  }
  const handle = start(cmd, args, opts);
  let timer;
  if (opts.timeoutMs) {
    timer = setTimeout(() => {
      log(`${label}: timed out after ${Math.round(opts.timeoutMs / 1000)}s, killing it`);
      killTreeSync(handle.child.pid);
    }, opts.timeoutMs);
  }
  const r = await handle.exited;
  clearTimeout(timer);
  return r;
}

/** Run to completion; throws if the exit code is not 0. */
export async function runChecked(cmd, args = [], opts = {}) {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) {
    const tail = opts.quiet ? `\n${r.output.trim().split('\n').slice(-20).join('\n')}` : '';
    let shown = [cmd, ...args].join(' ');
    for (const secret of opts.redact ?? []) if (secret) shown = shown.split(secret).join('***');
    throw new Error(`${shown} exited with code ${r.code}${tail}`);
  }
  return r;
}

/** Synchronous helper for short commands (no prefixing); returns { code, stdout, stderr }. */
export function runSync(cmd, args = [], opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', error: r.error };
}

export function commandExists(cmd) {
  return runSync('sh', ['-c', `command -v "$0" >/dev/null 2>&1`, cmd]).code === 0;
}

export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
