import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { AuditVerifyResult } from '../types';

export async function verifyAudit(): Promise<AuditVerifyResult> {
  return unwrap(await api.GET('/api/v1/audit/verify'));
}

/** Re-hashes every chain on the server, which can take seconds: run only when the user asks. */
export function useVerifyAudit() {
  return useMutation({ mutationFn: verifyAudit });
}
