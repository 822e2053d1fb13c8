import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, isProblemDetails } from '../lib/problem';
import type { paths } from './schema';

/** What the API layer needs from the app's auth: kept as callbacks so src/api does not import src/app. */
export interface AuthHooks {
  getAccessToken: () => Promise<string | null>;
  /** One silent renewal attempt (refresh token); resolves to the new access token or null. */
  renew: () => Promise<string | null>;
  /** Called when the session cannot be renewed: the app sends the user to /login. */
  onUnauthenticated: () => void;
}

const anonymous: AuthHooks = {
  getAccessToken: () => Promise.resolve(null),
  renew: () => Promise.resolve(null),
  onUnauthenticated: () => {},
};

let auth: AuthHooks = anonymous;

export function configureAuth(hooks: AuthHooks | null): void {
  auth = hooks ?? anonymous;
}

/**
 * Asks the person to confirm their password when the API answers 403 reauth-required; resolves true when
 * they did (the request is then retried once). Registered by the app shell's re-auth dialog. `reason` says what
 * the confirmation is for ("copy this password"), when the call named it with `reauthReason`.
 */
export type ReauthPrompt = (reason?: string) => Promise<boolean>;
let reauthPrompt: ReauthPrompt | null = null;

export function configureReauth(prompt: ReauthPrompt | null): void {
  reauthPrompt = prompt;
}

/** Opens the registered re-auth prompt; false when none is registered or the person cancels. */
export function requestReauth(reason?: string): Promise<boolean> {
  return reauthPrompt ? reauthPrompt(reason).catch(() => false) : Promise.resolve(false);
}

// What each pending request would ask re-authentication for, by openapi-fetch's request id.
const reasons = new Map<string, string>();

/**
 * A per-request middleware naming what a re-auth prompt for this call is for, e.g.
 * `api.POST(path, { ..., middleware: [reauthReason('copy this password')] })`; the prompt then reads
 * "Confirm it is you to copy this password". Nothing is sent to the server.
 */
export function reauthReason(reason: string): Middleware {
  return {
    onRequest({ id }) {
      reasons.set(id, reason);
    },
  };
}

async function isReauthRequired(response: Response): Promise<boolean> {
  if (response.status !== 403) return false;
  try {
    const body: unknown = await response.clone().json();
    return isProblemDetails(body) && typeof body.type === 'string' && body.type.endsWith('/reauth-required');
  } catch {
    return false;
  }
}

// Resolved per call so tests that stub globalThis.fetch after import are honoured.
const lateBoundFetch = (input: Request) => globalThis.fetch(input);

// Bodies are single-use: keep an untouched copy of each request so a 401 can be retried once.
const pending = new Map<string, Request>();

const authMiddleware: Middleware = {
  async onRequest({ request, id }) {
    const token = await auth.getAccessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    pending.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const original = pending.get(id);
    pending.delete(id);
    const reason = reasons.get(id);
    reasons.delete(id);
    if (original && reauthPrompt && (await isReauthRequired(response))) {
      if (!(await requestReauth(reason))) return response;
      const token = await auth.getAccessToken();
      if (token) original.headers.set('Authorization', `Bearer ${token}`);
      return lateBoundFetch(original);
    }
    if (response.status !== 401 || !original) return response;

    const token = await auth.renew().catch(() => null);
    if (!token) {
      auth.onUnauthenticated();
      return response;
    }
    original.headers.set('Authorization', `Bearer ${token}`);
    const retried = await lateBoundFetch(original);
    if (retried.status === 401) auth.onUnauthenticated();
    return retried;
  },
  onError({ id }) {
    pending.delete(id);
    reasons.delete(id);
  },
};

function origin(): string {
  return typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
}

/** Calls that need the signed-in user's bearer token (everything except the login form). */
export const api = createClient<paths>({ baseUrl: origin(), fetch: lateBoundFetch });
api.use(authMiddleware);

/** Cookie-based calls made before any token exists (password login). */
export const publicApi = createClient<paths>({
  baseUrl: origin(),
  fetch: lateBoundFetch,
  credentials: 'include',
});

/**
 * Turns an openapi-fetch result into data or a thrown ApiError carrying the problem details,
 * so query and mutation hooks have one error shape.
 */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  const { data, error, response } = result;
  if (!response.ok) {
    throw new ApiError(response.status, isProblemDetails(error) ? error : { title: response.statusText });
  }
  return data as T;
}

/**
 * A write based on a record read earlier (its etag): sent with If-Match, so the API answers 412 when someone else
 * changed the record since, instead of overwriting their change.
 */
export interface EtagWrite {
  orgId: string;
  etag: string;
}

export function ifMatch(etag: string): { 'If-Match': string } {
  return { 'If-Match': etag };
}

/**
 * The signed-in user's bearer token, for the one kind of call openapi-fetch cannot make: an upload through
 * XMLHttpRequest, whose `upload.onprogress` fetch lacks.
 */
export function accessToken(): Promise<string | null> {
  return auth.getAccessToken();
}

/** After such a call answered 401: one silent renewal, as the API client does; null (and off to /login) when it fails. */
export async function renewAccessToken(): Promise<string | null> {
  const token = await auth.renew().catch(() => null);
  if (!token) auth.onUnauthenticated();
  return token;
}
