import { publicApi, unwrap } from '../../../api/client';

/** Second sign-in step: a TOTP or recovery code for the MFA-pending session cookie from the password step. */
export async function mfaLogin(code: string): Promise<{ status: string }> {
  return unwrap<{ status: string }>(await publicApi.POST('/api/v1/auth/mfa', { body: { code } }));
}
