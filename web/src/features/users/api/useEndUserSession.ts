import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { userKeys } from './userKeys';

export interface EndUserSessionInput {
  userId: string;
  sessionId: string;
}

// No If-Match: the API bumps a session's version on every request it makes (last seen), so the etag of a session in use
// is stale at once; ending it overwrites nothing anyway.
export async function endUserSession({ userId, sessionId }: EndUserSessionInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/users/{userId}/sessions/{sessionId}', { params: { path: { userId, sessionId } } }));
}

export function useEndUserSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endUserSession,
    onSuccess: (_, { userId }) => queryClient.invalidateQueries({ queryKey: userKeys.sessions(userId) }),
  });
}
