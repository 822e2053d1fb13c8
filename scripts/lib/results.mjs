// Parse test reports into { passed, failed, notes[] } (Node built-ins only).
import { existsSync, readFileSync } from 'node:fs';

function attrs(tag) {
  const out = {};
  for (const m of tag.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) out[m[1]] = m[2];
  return out;
}

/** TRX (VSTest): <Counters total= executed= passed= failed= error= timeout= aborted= ...>. */
export function parseTrx(file) {
  const xml = readFileSync(file, 'utf8');
  const m = xml.match(/<Counters\b[^>]*>/);
  if (!m) throw new Error(`no <Counters> in ${file}`);
  const a = attrs(m[0]);
  const n = (k) => Number(a[k] ?? 0) || 0;
  const failed = n('failed') + n('error') + n('timeout') + n('aborted');
  const passed = n('passed');
  const outcome = (xml.match(/<ResultSummary\b[^>]*outcome="([^"]*)"/) ?? [])[1];
  return { passed, failed, total: n('total'), outcome };
}

/** Vitest --reporter=json: numPassedTests / numFailedTests (+ files that failed to load). */
export function parseVitest(file) {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const passed = Number(j.numPassedTests ?? 0);
  let failed = Number(j.numFailedTests ?? 0);
  const notes = [];
  // a test file that fails to import/compile has no failed tests but a failed suite
  const brokenFiles = (j.testResults ?? []).filter(
    (r) => r.status === 'failed' && !(r.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  if (brokenFiles.length) {
    failed += brokenFiles.length;
    notes.push(`${brokenFiles.length} test file(s) failed to run`);
  }
  return { passed, failed, notes, total: Number(j.numTotalTests ?? passed + failed) };
}

/** Playwright JSON reporter: stats.expected (passed), unexpected (failed), flaky (passed on retry). */
export function parsePlaywright(file) {
  const j = JSON.parse(readFileSync(file, 'utf8'));
  const s = j.stats ?? {};
  const expected = Number(s.expected ?? 0);
  const flaky = Number(s.flaky ?? 0);
  let failed = Number(s.unexpected ?? 0);
  const notes = [];
  if (flaky) notes.push(`${flaky} flaky (passed on retry)`);
  if (s.skipped) notes.push(`${s.skipped} skipped`);
  const errors = j.errors ?? [];
  if (errors.length && failed === 0) {
    failed = 1;
    notes.push(`run error: ${String(errors[0].message ?? '').split('\n')[0]}`);
  }
  return { passed: expected + flaky, failed, notes };
}

/**
 * Combine a runner's exit code with its report: no report or an unreadable one counts as 1 failed;
 * a non-zero exit with no failed test in the report also counts as 1 failed (never 0/0 silently).
 */
export function suiteResult(name, { code, reportFiles = [], parser, skipped = false, error }) {
  if (skipped) return { name, passed: 0, failed: 0, notes: ['skipped'], skipped: true };
  const res = { name, passed: 0, failed: 0, notes: [] };
  if (error) {
    res.failed = 1;
    res.notes.push(error);
    return res;
  }
  const files = reportFiles.filter((f) => existsSync(f));
  if (!files.length) {
    res.failed = 1;
    res.notes.push(`no report produced (exit code ${code ?? '?'})`);
    return res;
  }
  for (const f of files) {
    try {
      const r = parser(f);
      res.passed += r.passed;
      res.failed += r.failed;
      res.notes.push(...(r.notes ?? []));
    } catch (e) {
      res.failed += 1;
      res.notes.push(`unreadable report ${f}: ${String(e.message).split("\n")[0]}`);
    }
  }
  if (code !== 0 && res.failed === 0) {
    res.failed = 1;
    res.notes.push(`runner exited with code ${code} but reported no failed test`);
  }
  if (code === 0 && res.passed === 0 && res.failed === 0) {
    res.failed = 1;
    res.notes.push('report contains no tests');
  }
  return res;
}

export function printSummary(results) {
  const lines = ['', '==================== test summary ===================='];
  let passed = 0;
  let failed = 0;
  const width = Math.max(...results.map((r) => r.name.length), 10);
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    const status = r.skipped ? 'SKIP' : r.failed ? 'FAIL' : 'ok  ';
    const notes = r.notes?.length ? `  (${r.notes.join('; ')})` : '';
    lines.push(`${status} ${r.name.padEnd(width)}  ${String(r.passed).padStart(5)} passed, ${String(r.failed).padStart(4)} failed${notes}`);
  }
  lines.push('======================================================');
  lines.push(`tests: ${passed} passed, ${failed} failed`);
  process.stdout.write(lines.join('\n') + '\n');
  return { passed, failed };
}
