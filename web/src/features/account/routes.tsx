import type { RouteObject } from 'react-router';

// Loaded on first visit: most sessions never open the account page.
const accountPage = async () => ({ Component: (await import('./components/AccountPage')).AccountPage });

export const accountRoutes: RouteObject[] = [{ path: 'account', lazy: accountPage }];

export const navItems = [{ to: '/account', label: 'My account' }];

// The shell shows these instead of the app while `me.mustChangePassword` or `me.mustEnrolMfa` is true.
export { ForcePasswordChange } from './components/ForcePasswordChange';
export { ForceMfaEnrolment } from './components/ForceMfaEnrolment';
