// wrk runs, API memory sampling and the results table for `npm run bench` (Node built-ins only).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './common.mjs';
import { run } from './proc.mjs';

export const LUA = path.join(ROOT, 'bench', 'wrk', 'bench.lua');

/**
 * One wrk run with bench/wrk/bench.lua. The token and body travel in the environment (never on a command line).
 * Resolves { requests, rps, p50, p95, p99, max (ms), errors, non2xx, socketErrors, statuses, durationS }.
 */
export async function runWrk({ url, threads = 2, connections = 32, durationS = 10, method = 'GET', token, body, contentType, timeoutS = 10 }) {
  const env = { BENCH_METHOD: method };
  if (token) env.BENCH_TOKEN = token;
  if (body !== undefined) env.BENCH_BODY = body;
  if (contentType) env.BENCH_CONTENT_TYPE = contentType;
  const args = ['-t', String(threads), '-c', String(connections), '-d', `${durationS}s`, '--timeout', `${timeoutS}s`, '-s', LUA, url];
  const r = await run('wrk', args, { name: 'wrk', quiet: true, env, timeoutMs: (durationS + 60) * 1000 });
  const line = r.output.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk produced no result (exit ${r.code}): ${r.output.trim().split('\n').slice(-5).join(' | ')}`);
  const j = JSON.parse(line.slice('BENCH_JSON '.length));
  const durationSeconds = j.durationUs / 1e6;
  const socketErrors = j.connect + j.read + j.write + j.timeout;
  return {
    requests: j.requests,
    rps: j.requests / durationSeconds,
    p50: j.p50 / 1000, p95: j.p95 / 1000, p99: j.p99 / 1000, max: j.max / 1000, mean: j.mean / 1000,
    // a non-2xx answer is an error; socket errors (connect/read/write/timeout) too
    errors: j.non2xx + socketErrors,
    non2xx: j.non2xx,
    socketErrors,
    statuses: summarizeStatuses(j.statuses),
    durationS: durationSeconds,
    bytes: j.bytes,
  };
}

function summarizeStatuses(s) {
  const counts = {};
  for (const code of s.trim().split(/\s+/).filter(Boolean)) counts[code] = (counts[code] ?? 0) + 1;
  return Object.entries(counts).map(([k, v]) => `${k}×${v}${v >= 10 ? '+' : ''}`).join(' ');
}

/** Samples VmRSS of a process every `intervalMs`; peak overall and per window (mark() → peakSince(mark)). */
export class RssSampler {
  constructor(pid, intervalMs = 200) {
    this.pid = pid;
    this.samples = []; // [time, kB]
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  sample() {
    try {
      const m = readFileSync(`/proc/${this.pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)\s+kB/m);
      if (m) this.samples.push([Date.now(), Number(m[1])]);
    } catch {
      /* the process is gone */
    }
  }

  mark() {
    this.sample();
    return Date.now();
  }

  /** Peak RSS in MB since `since` (ms epoch), or over the whole run. */
  peakMb(since = 0) {
    this.sample();
    let peak = 0;
    for (const [t, kb] of this.samples) if (t >= since && kb > peak) peak = kb;
    return peak / 1024;
  }

  currentMb() {
    this.sample();
    return (this.samples.at(-1)?.[1] ?? 0) / 1024;
  }

  stop() {
    clearInterval(this.timer);
  }
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const fmt = (n, digits = 1) => (n === undefined || n === null || Number.isNaN(n) ? '—' : n.toFixed(digits));
const fmtInt = (n) => (n === undefined || n === null ? '—' : Math.round(n).toLocaleString('en-US'));

/** The Markdown table: one line per row, in the issue's order. */
export function markdownTable(rows) {
  const head = ['#', 'row', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'vs baseline', 'p50 ms, 1 conn', 'API RSS MB', 'target', 'result'];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h) => (/^(row|target)$/.test(h) ? '---' : '--:')).join('|')}|`];
  for (const r of rows) {
    const m = r.result;
    const cells = [
      r.id, r.label,
      m?.rps !== undefined ? fmtInt(m.rps) : '—',
      fmt(m?.p50), fmt(m?.p95), fmt(m?.p99),
      m ? `${fmtInt(m.errors)}${m.statuses ? ` (${m.statuses})` : ''}` : '—',
      r.ratio !== undefined ? `${(r.ratio * 100).toFixed(1)}%` : '—',
      fmt(r.single?.p50),
      fmt(r.rssMb, 0),
      r.target ?? '',
      r.error ? `not run: ${r.error}` : r.pass === undefined ? '' : r.pass ? 'pass' : '**FAIL**',
    ];
    lines.push(`| ${cells.map((c) => String(c).replace(/\|/g, '\\|')).join(' | ')} |`);
  }
  return lines.join('\n');
}

const CLK_TCK = 100; // Linux USER_HZ

function procJiffies(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { ppid: Number(rest[1]), own: Number(rest[11]) + Number(rest[12]), reaped: Number(rest[13]) + Number(rest[14]) };
  } catch {
    return null;
  }
}

/** CPU time (jiffies) per thread of a process's threads whose name starts with `prefix`: Map tid -> jiffies. */
function threadJiffies(pid, prefix) {
  const times = new Map();
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (!name.startsWith(prefix)) continue;
        const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        times.set(tid, Number(rest[11]) + Number(rest[12]));
      } catch {
        /* the thread ended */
      }
    }
  } catch {
    /* the process is gone */
  }
  return times;
}

/**
 * Jiffies the threads used between two threadJiffies() maps. The runtime ends its tiered-compilation thread when it has
 * been idle a while and starts a new one when needed, so threads are matched by id; time of a thread that ended between
 * the two readings is not counted (it had been idle).
 */
function threadDelta(a, b) {
  let sum = 0;
  for (const [tid, jiffies] of b) sum += Math.max(0, jiffies - (a.get(tid) ?? 0));
  return sum;
}

/** The .NET runtime's background thread that recompiles hot methods with full optimisation (tiered compilation). */
export const JIT_THREAD = '.NET Tiered Com';

/**
 * CPU use over a window, in % of one core: the whole machine (busy share of all cores), the API process, and
 * PostgreSQL (postmaster, its live backends and the ones it has reaped). On a 2-core machine wrk, the API and
 * PostgreSQL share the same cores; this shows who had them.
 */
export class CpuMeter {
  constructor({ apiPid, postmasterPid }) {
    this.apiPid = apiPid;
    this.postmasterPid = postmasterPid;
  }

  snapshot() {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = cpu[3] + (cpu[4] ?? 0);
    const total = cpu.slice(0, 8).reduce((a, b) => a + b, 0);
    let pg = 0;
    const master = this.postmasterPid ? procJiffies(this.postmasterPid) : null;
    if (master) {
      pg += master.own + master.reaped;
      for (const e of readdirSync('/proc')) {
        if (!/^\d+$/.test(e)) continue;
        const p = procJiffies(Number(e));
        if (p && p.ppid === this.postmasterPid) pg += p.own;
      }
    }
    // wrk runs as our child and has exited by the time of the second snapshot: it is in our reaped time
    const wrk = procJiffies(process.pid)?.reaped ?? 0;
    return { at: Date.now(), busy: total - idle, total, api: procJiffies(this.apiPid)?.own ?? 0, jit: threadJiffies(this.apiPid, JIT_THREAD), pg, wrk };
  }

  /**
   * % of one core between two snapshots; `machinePct` is the busy share of all cores together and `otherPct` what
   * neither the API, PostgreSQL nor wrk used (other processes on the machine: noise). `jitPct` is the part of the API's
   * that its tiered-compilation thread used (still optimising code: the API is not warm yet).
   */
  static diff(a, b, cores) {
    const seconds = (b.at - a.at) / 1000;
    const pct = (j) => (100 * j) / (CLK_TCK * seconds);
    const machinePct = (100 * (b.busy - a.busy)) / Math.max(1, b.total - a.total);
    const apiPct = pct(b.api - a.api);
    const pgPct = pct(b.pg - a.pg);
    const wrkPct = pct(b.wrk - a.wrk);
    return { machinePct, apiPct, jitPct: pct(threadDelta(a.jit, b.jit)), pgPct, wrkPct, otherPct: Math.max(0, machinePct * cores - apiPct - pgPct - wrkPct), cores };
  }
}
