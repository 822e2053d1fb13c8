import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { json, mockFetch, problem, renderRoute } from '../../../test/render';
import { LoginPage } from './LoginPage';

afterEach(() => vi.unstubAllGlobals());

describe('LoginPage', () => {
  it('shows one message for a wrong email or password', async () => {
    mockFetch(() => problem(401, { title: 'Unauthorized', detail: 'Invalid credentials.' }));
    const onSignedIn = vi.fn();
    renderRoute(<LoginPage onSignedIn={onSignedIn} />, { path: '/login' });

    expect(screen.getByLabelText('Email')).toHaveFocus();
    await userEvent.type(screen.getByLabelText('Email'), 'admin@example.test');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong password{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('Email or password is incorrect.');
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeEnabled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('posts the credentials with the cookie and continues with the return URL', async () => {
    const { calls } = mockFetch(() => json({ status: 'ok' }));
    const onSignedIn = vi.fn(() => new Promise<void>(() => {}));
    renderRoute(<LoginPage onSignedIn={onSignedIn} />, { path: '/login', route: '/login?returnUrl=%2Forgs%2Fnew' });

    await userEvent.type(screen.getByLabelText('Email'), ' admin@example.test ');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('button', { name: /Signing in/ })).toBeDisabled();
    expect(onSignedIn).toHaveBeenCalledWith('/orgs/new');
    expect(calls[0].credentials).toBe('include');
    expect(calls[0].headers.get('Authorization')).toBeNull();
    expect(await calls[0].json()).toEqual({ email: 'admin@example.test', password: 'correct horse battery' });
  });

  it('asks for an authentication code when MFA is on, then continues as a normal sign-in', async () => {
    const { calls } = mockFetch((request) =>
      new URL(request.url).pathname === '/api/v1/auth/login' ? json({ status: 'mfa_required' }) : json({ status: 'ok' }),
    );
    const onSignedIn = vi.fn(() => new Promise<void>(() => {}));
    renderRoute(<LoginPage onSignedIn={onSignedIn} />, { path: '/login', route: '/login?returnUrl=%2Faccount' });

    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.test');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery{Enter}');

    const code = await screen.findByLabelText('Authentication code');
    expect(code).toHaveFocus();
    expect(code).toHaveAccessibleDescription(/recovery code/);
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
    expect(onSignedIn).not.toHaveBeenCalled();

    await userEvent.type(code, ' 123456 ');
    await userEvent.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('button', { name: /Verifying/ })).toBeDisabled();
    expect(onSignedIn).toHaveBeenCalledWith('/account');
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v1/auth/login', '/api/v1/auth/mfa']);
    expect(calls[1].credentials).toBe('include');
    expect(await calls[1].json()).toEqual({ code: '123456' });
  });

  it('shows why a code was refused and lets the person try again or go back', async () => {
    let attempts = 0;
    mockFetch((request) => {
      if (new URL(request.url).pathname === '/api/v1/auth/login') return json({ status: 'mfa_required' });
      attempts += 1;
      return problem(401, { title: 'Unauthorized', detail: 'This code was already used. Wait for the next code from your authenticator app.' });
    });
    const onSignedIn = vi.fn();
    renderRoute(<LoginPage onSignedIn={onSignedIn} />, { path: '/login' });

    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.test');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery{Enter}');
    await userEvent.type(await screen.findByLabelText('Authentication code'), 'ABCD-EFGH-JKLM-NPQR{Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent('This code was already used.');
    expect(screen.getByLabelText('Authentication code')).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Verify' })).toBeEnabled();
    expect(attempts).toBe(1);
    expect(onSignedIn).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Back to email and password' }));
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('continues at once when MFA enrolment is required (the app then shows only the enrolment)', async () => {
    mockFetch(() => json({ status: 'mfa_enrollment_required' }));
    const onSignedIn = vi.fn(() => new Promise<void>(() => {}));
    renderRoute(<LoginPage onSignedIn={onSignedIn} />, { path: '/login' });

    await userEvent.type(screen.getByLabelText('Email'), 'ann@example.test');
    await userEvent.type(screen.getByLabelText('Password'), 'correct horse battery{Enter}');
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(null));
    expect(screen.queryByLabelText('Authentication code')).not.toBeInTheDocument();
  });
});
