import { describe, expect, it } from 'vitest';
import { createUserManager, safeReturnPath } from './userManager';

describe('safeReturnPath', () => {
  it('accepts app-relative paths only', () => {
    expect(safeReturnPath('/orgs/new?x=1')).toBe('/orgs/new?x=1');
    expect(safeReturnPath(null)).toBe('/');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example/')).toBe('/');
  });
});

describe('createUserManager', () => {
  it('uses code + PKCE against the SPA origin and keeps tokens in sessionStorage', async () => {
    const manager = createUserManager('http://127.0.0.1:5173');
    const s = manager.settings;
    expect(s.authority).toBe('http://127.0.0.1:5173');
    expect(s.client_id).toBe('clientstor-spa');
    expect(s.redirect_uri).toBe('http://127.0.0.1:5173/auth/callback');
    expect(s.post_logout_redirect_uri).toBe('http://127.0.0.1:5173/login');
    expect(s.response_type).toBe('code');
    expect(s.scope).toBe('openid profile offline_access api');
    expect(s.automaticSilentRenew).toBe(true);

    await s.userStore.set('probe', 'value');
    expect(sessionStorage.getItem('oidc.probe')).toBe('value');
    expect(localStorage.length).toBe(0);
  });
});
