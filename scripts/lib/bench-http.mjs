// HTTP against the running API for `npm run bench`: the real sign-in flows (Node 20 fetch, built-ins only).
import { createHash, randomBytes } from 'node:crypto';

export const SPA_CLIENT_ID = 'clientstor-spa';
export const SPA_SCOPE = 'openid profile offline_access api';

/** fetch + JSON with a bearer token; throws with the status and body unless `expect` (default 2xx) holds. */
export async function call(base, method, path, { token, body, expect = (s) => s >= 200 && s < 300 } = {}) {
  const headers = {};
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(new URL(path, base), { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
  const text = await res.text();
  if (!expect(res.status)) throw new Error(`${method} ${path} -> HTTP ${res.status}: ${text.slice(0, 500)}`);
  return text && /json/.test(res.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
}

/**
 * Signs in the way the SPA does (tests/Shared/ApiHost.cs SignInAsync): POST /api/v1/auth/login keeps the
 * session cookie, then authorization code + PKCE (S256) at /connect/authorize and /connect/token.
 */
export async function signIn(base, { email, password, redirectUri, scope = SPA_SCOPE }) {
  const login = await fetch(new URL('/api/v1/auth/login', base), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }), redirect: 'manual',
  });
  const loginBody = await login.text();
  if (login.status !== 200) throw new Error(`login failed: HTTP ${login.status} ${loginBody.slice(0, 300)}`);
  const status = JSON.parse(loginBody).status;
  if (status !== 'ok') throw new Error(`login answered "${status}" (the benchmark's admin has no MFA; expected "ok")`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');

  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  const authorize = new URL('/connect/authorize', base);
  for (const [k, v] of Object.entries({
    client_id: SPA_CLIENT_ID, response_type: 'code', redirect_uri: redirectUri, scope,
    code_challenge: challenge, code_challenge_method: 'S256', state: randomBytes(8).toString('hex'),
  })) authorize.searchParams.set(k, v);
  const auth = await fetch(authorize, { headers: { Cookie: cookie }, redirect: 'manual' });
  await auth.arrayBuffer();
  const location = auth.headers.get('location') ?? '';
  const code = location.startsWith(redirectUri) ? new URL(location).searchParams.get('code') : null;
  if (auth.status !== 302 || !code) throw new Error(`authorize failed: HTTP ${auth.status} location=${location}`);

  const tokens = await tokenRequest(base, {
    grant_type: 'authorization_code', client_id: SPA_CLIENT_ID, code, redirect_uri: redirectUri, code_verifier: verifier,
  });
  return { accessToken: tokens.access_token, refreshToken: tokens.refresh_token, expiresIn: tokens.expires_in, cookie };
}

/** An API key's access token (client credentials). */
export async function clientCredentials(base, clientId, clientSecret, scope) {
  const form = { grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret };
  if (scope) form.scope = scope;
  const tokens = await tokenRequest(base, form);
  return { accessToken: tokens.access_token, expiresIn: tokens.expires_in };
}

export function formBody(form) {
  return new URLSearchParams(form).toString();
}

async function tokenRequest(base, form) {
  const res = await fetch(new URL('/connect/token', base), {
    method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: formBody(form), redirect: 'manual',
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`/connect/token (${form.grant_type}) failed: HTTP ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

/**
 * Time to last byte of a GET, in ms, with the body's size and line count (the CSV export row). Sequential
 * runs; the caller takes the median.
 */
export async function timeToLastByte(url, token) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  const buf = Buffer.from(await res.arrayBuffer());
  const ms = performance.now() - t0;
  let lines = 0;
  for (const b of buf) if (b === 10) lines++;
  return { ms, status: res.status, bytes: buf.length, lines };
}
