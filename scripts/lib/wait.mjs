// Wait for an HTTP endpoint (Node 20 global fetch).
import { setTimeout as delay } from 'node:timers/promises';

/**
 * Poll until one of `urls` answers with a status accepted by `ok` (default 2xx).
 * `proc` (a handle from proc.start) aborts the wait if that process exits first.
 */
export async function waitForHttp(urls, { timeoutMs = 120_000, intervalMs = 500, ok = (s) => s >= 200 && s < 300, proc, label } = {}) {
  urls = Array.isArray(urls) ? urls : [urls];
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  proc?.exited.then((r) => (exited = r));
  let last = '';
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${label ?? proc.name} exited (code ${exited.code}) before ${urls[0]} was ready`);
    for (const url of urls) {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: 'manual' });
        await res.arrayBuffer().catch(() => {});
        if (ok(res.status)) return url;
        last = `${url} -> HTTP ${res.status}`;
      } catch (e) {
        last = `${url} -> ${e.cause?.code ?? e.message}`;
      }
    }
    await delay(intervalMs);
  }
  throw new Error(`timed out after ${Math.round(timeoutMs / 1000)}s waiting for ${label ?? urls[0]} (last: ${last})`);
}
