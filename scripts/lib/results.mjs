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
  const failures = [];
  for (const r of xml.matchAll(/<UnitTestResult\b[^>]*outcome="(?:Failed|Error|Timeout|Aborted)"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
    const name = attrs(r[0].slice(0, r[0].indexOf('>') + 1)).testName ?? '?';
    const message = (r[1].match(/<Message>([\s\S]*?)<\/Message>/) ?? [])[1] ?? '';
    const at = (r[1].match(/in \S*?([\w.]+\.cs):line (\d+)/) ?? []).slice(1).join(':');
    failures.push({ title: name, at, message: firstLine(unescapeXml(message)) });
  }
  return { passed, failed, total: n('total'), outcome, failures };
}

function unescapeXml(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The first non-empty line of an error message, without terminal colours, at most 240 characters. */
function firstLine(message) {
  // eslint-disable-next-line no-control-regex
  const line = String(message ?? '').replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.trim()).find(Boolean) ?? '';
  return line.length > 240 ? `${line.slice(0, 237)}...` : line;
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
  const failures = [];
  for (const f of j.testResults ?? [])
    for (const t of f.assertionResults ?? [])
      if (t.status === 'failed')
        failures.push({ title: t.fullName ?? t.title, at: String(f.name ?? '').split('/').pop(), message: firstLine((t.failureMessages ?? [])[0]) });
  return { passed, failed, notes, total: Number(j.numTotalTests ?? passed + failed), failures };
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
  const failures = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? [])
        for (const r of t.results ?? [])
          if (r.status === 'failed' || r.status === 'timedOut') {
            const e = r.error ?? (r.errors ?? [])[0] ?? {};
            const at = e.location ? `${String(e.location.file).split('/').pop()}:${e.location.line}` : `${spec.file}:${spec.line}`;
            // A test that passed on its retry is listed too (not counted as failed): a flake to look into.
            const title = t.status === 'flaky' ? `[flaky: failed, then passed on retry] ${spec.title}` : spec.title;
            const message = r.status === 'timedOut' && !e.message ? 'test timed out' : firstLine(e.message);
            if (!failures.some((f) => f.title === title && f.at === at && f.message === message)) failures.push({ title, at, message });
          }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of j.suites ?? []) walk(suite);
  return { passed: expected + flaky, failed, notes, failures };
}

/**
 * Combine a runner's exit code with its report: no report or an unreadable one counts as 1 failed;
 * a non-zero exit with no failed test in the report also counts as 1 failed (never 0/0 silently).
 */
export function suiteResult(name, { code, reportFiles = [], parser, skipped = false, error }) {
  if (skipped) return { name, passed: 0, failed: 0, notes: ['skipped'], skipped: true };
  const res = { name, passed: 0, failed: 0, notes: [], failures: [] };
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
      res.failures.push(...(r.failures ?? []));
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
  // Each failed test with where it failed and the first line of its error, just above the summary, so the end of the
  // output (all that some CI views keep) says what failed, not only how many.
  const failures = results.flatMap((r) => (r.failures ?? []).map((f) => ({ suite: r.name, ...f })));
  const lines = [];
  if (failures.length) {
    lines.push('', '==================== failures (and flaky tests) ====================');
    for (const f of failures.slice(0, 12)) lines.push(`${f.suite} › ${f.title}`, `    at ${f.at || '?'}: ${f.message}`);
    if (failures.length > 12) lines.push(`... and ${failures.length - 12} more (see the reports)`);
  }
  lines.push('', '==================== test summary ====================');
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
