import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { accountKeys } from './accountKeys';

// No If-Match: the API bumps a session's version on every request it makes (last seen), so the etag of a session in use
// is stale at once; ending it overwrites nothing anyway.
export async function endMySession(sessionId: string): Promise<void> {
  unwrap(await api.DELETE('/api/v1/me/sessions/{sessionId}', { params: { path: { sessionId } } }));
}

/** Ends one of the signed-in user's sessions: its tokens stop working at once. */
export function useEndMySession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endMySession,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.sessions() }),
  });
}
