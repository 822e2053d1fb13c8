import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { TotpEnrolment } from '../types';

export async function beginTotpEnrolment(): Promise<TotpEnrolment> {
  return unwrap(await api.POST('/api/v1/me/mfa/totp', {}));
}

/** A new seed with its QR code; nothing changes at sign-in until it is confirmed. Starting again replaces it. */
export function useBeginTotpEnrolment() {
  return useMutation({ mutationFn: beginTotpEnrolment });
}
