import { UserManager, WebStorageStateStore } from 'oidc-client-ts';

export const OIDC_CLIENT_ID = 'clientstor-spa';
export const OIDC_SCOPE = 'openid profile offline_access api';

/** Where the app goes after sign-in, carried through the OIDC round trip as `state`. */
export interface SigninState {
  returnTo?: string;
}

/**
 * Set in this tab once a silent sign-in (prompt=none) was tried, so a tab without a server session goes to the login
 * page instead of trying again; cleared by a completed sign-in, set by signing out.
 */
export const SILENT_TRIED_KEY = 'clientstor.silent-signin-tried';

/** Only same-origin, app-relative paths are accepted as return targets (no open redirects). */
export function safeReturnPath(value: string | null | undefined, fallback = '/'): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

export function createUserManager(origin: string = window.location.origin): UserManager {
  return new UserManager({
    // The API is its own authorization server, reached on the SPA's origin through the proxy.
    authority: origin,
    client_id: OIDC_CLIENT_ID,
    redirect_uri: `${origin}/auth/callback`,
    post_logout_redirect_uri: `${origin}/login`,
    response_type: 'code',
    scope: OIDC_SCOPE,
    // Silent renew uses the refresh token (offline_access); no iframe is involved.
    automaticSilentRenew: true,
    monitorSession: false,
    loadUserInfo: false,
    // Tokens live for the tab only; nothing goes to localStorage.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
    stateStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

let instance: UserManager | null = null;

export function getUserManager(): UserManager {
  instance ??= createUserManager();
  return instance;
}
