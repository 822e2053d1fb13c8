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
});
