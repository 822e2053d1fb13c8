import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { accountKeys } from './accountKeys';

export interface EndMySessionInput {
  sessionId: string;
  etag: string;
}

export async function endMySession({ sessionId, etag }: EndMySessionInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/me/sessions/{sessionId}', { params: { path: { sessionId }, header: ifMatch(etag) } }));
}

/** Ends one of the signed-in user's sessions: its tokens stop working at once. */
export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMySession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
