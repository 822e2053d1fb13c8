import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { ErrorResponse, type User, type UserManager } from 'oidc-client-ts';
import { api, configureAuth } from '../../api/client';
import { getUserManager, safeReturnPath, SILENT_TRIED_KEY, type SigninState } from './userManager';

export interface AuthContextValue {
  user: User | null;
  /** False until the stored user (if any) has been read from sessionStorage. */
  ready: boolean;
  /** After the password step: continue to /connect/authorize (code + PKCE). */
  startSignin: (returnUrl: string | null) => Promise<void>;
  /**
   * A tab without tokens (a new tab, a bookmark): sign in with the existing server session, without asking
   * (prompt=none). False when it was already tried in this tab; then the caller shows the login page.
   */
  trySilentSignin: (returnUrl: string) => boolean;
  /** On /auth/callback: redeem the code; resolves to the app path to continue to. */
  completeSignin: () => Promise<string>;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

function usableUser(user: User | null): User | null {
  // An expired access token is still usable as a signal when a refresh token can renew it.
  if (!user) return null;
  if (user.expired && !user.refresh_token) return null;
  return user;
}

function sendToLogin(): void {
  const here = window.location.pathname + window.location.search;
  if (window.location.pathname === '/login') return;
  window.location.assign(`/login?returnUrl=${encodeURIComponent(safeReturnPath(here))}`);
}

export function AuthProvider({ children, userManager }: { children: ReactNode; userManager?: UserManager }) {
  const manager = useMemo(() => userManager ?? getUserManager(), [userManager]);
  const [user, setUser] = useState<User | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let active = true;
    manager
      .getUser()
      .then((u) => active && setUser(usableUser(u)))
      .catch(() => active && setUser(null))
      .finally(() => active && setReady(true));

    const onLoaded = (u: User) => setUser(u);
    const onUnloaded = () => setUser(null);
    manager.events.addUserLoaded(onLoaded);
    manager.events.addUserUnloaded(onUnloaded);
    manager.events.addUserSignedOut(onUnloaded);
    return () => {
      active = false;
      manager.events.removeUserLoaded(onLoaded);
      manager.events.removeUserUnloaded(onUnloaded);
      manager.events.removeUserSignedOut(onUnloaded);
    };
  }, [manager]);

  useEffect(() => {
    // Parallel 401s share one refresh: a rotating refresh token must not be redeemed twice.
    let renewing: Promise<string | null> | null = null;
    const renewOnce = () => {
      renewing ??= manager
        .signinSilent()
        .then((u) => u?.access_token ?? null)
        .finally(() => {
          renewing = null;
        });
      return renewing;
    };
    configureAuth({
      async getAccessToken() {
        const u = await manager.getUser();
        if (!u) return null;
        if (!u.expired) return u.access_token;
        return u.refresh_token ? renewOnce().catch(() => null) : null;
      },
      renew: renewOnce,
      onUnauthenticated() {
        void manager.removeUser().finally(sendToLogin);
      },
    });
    return () => configureAuth(null);
  }, [manager]);

  const startSignin = useCallback(
    async (returnUrl: string | null) => {
      const target = returnUrl ? new URL(returnUrl, window.location.origin) : null;
      // The server sent us here from /connect/authorize: resume that request as it was.
      if (target && target.origin === window.location.origin && target.pathname === '/connect/authorize') {
        window.location.assign(target.pathname + target.search);
        return;
      }
      const state: SigninState = { returnTo: safeReturnPath(returnUrl) };
      await manager.signinRedirect({ state });
    },
    [manager],
  );

  // A silent redirect already under way in this page (StrictMode runs effects twice): still "trying".
  const silentPending = useRef(false);
  const trySilentSignin = useCallback(
    (returnUrl: string) => {
      if (silentPending.current) return true;
      if (sessionStorage.getItem(SILENT_TRIED_KEY)) return false;
      silentPending.current = true;
      sessionStorage.setItem(SILENT_TRIED_KEY, '1');
      const state: SigninState = { returnTo: safeReturnPath(returnUrl) };
      void manager.signinRedirect({ state, prompt: 'none' }).catch(sendToLogin);
      return true;
    },
    [manager],
  );

  const completeSignin = useCallback(async () => {
    try {
      const signedIn = await manager.signinRedirectCallback();
      sessionStorage.removeItem(SILENT_TRIED_KEY);
      setUser(signedIn);
      return safeReturnPath((signedIn.state as SigninState | undefined)?.returnTo);
    } catch (e) {
      // The silent attempt found no server session: ask for the password, then continue where the tab was going.
      if (e instanceof ErrorResponse && (e.error === 'login_required' || e.error === 'interaction_required')) {
        const returnTo = safeReturnPath((e.state as SigninState | undefined)?.returnTo);
        return `/login?returnUrl=${encodeURIComponent(returnTo)}`;
      }
      throw e;
    }
  }, [manager]);

  const signOut = useCallback(async () => {
    // Ends the server session and revokes its tokens; local sign-out happens even if that fails.
    try {
      await api.POST('/api/v1/auth/logout', {});
    } catch {
      /* network errors must not keep the user signed in locally */
    }
    sessionStorage.setItem(SILENT_TRIED_KEY, '1'); // signed out on purpose: the login page, not a silent sign-in
    await manager.removeUser();
    setUser(null);
  }, [manager]);

  const value = useMemo(
    () => ({ user, ready, startSignin, trySilentSignin, completeSignin, signOut }),
    [user, ready, startSignin, trySilentSignin, completeSignin, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const ctx = useContext(AuthContext);
  if (!ctx) throw new Error('useAuth must be used inside <AuthProvider>');
  return ctx;
}
