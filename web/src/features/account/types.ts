import type { JsonOf, paths } from '../../api/types';

export type ChangePasswordBody = JsonOf<NonNullable<paths['/api/v1/me/password']['post']['requestBody']>>;

/** The fields of the change-password form; `confirmPassword` is checked here, never sent. */
export const changePasswordFields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
export type ChangePasswordField = (typeof changePasswordFields)[number];
export type ChangePasswordValues = Record<ChangePasswordField, string>;

/** The fields the API may name in a 400 for POST /me/password. */
export const changePasswordApiFields = ['currentPassword', 'newPassword'] as const;

export type MfaStatus = JsonOf<paths['/api/v1/me/mfa']['get']['responses'][200]>;
export type TotpEnrolment = JsonOf<paths['/api/v1/me/mfa/totp']['post']['responses'][200]>;
export type RecoveryCodes = JsonOf<paths['/api/v1/me/mfa/totp/confirm']['post']['responses'][200]>;
