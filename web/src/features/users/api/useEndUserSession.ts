import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../api/client';
import { userKeys } from './userKeys';

export interface EndUserSessionInput {
  userId: string;
  sessionId: string;
  etag: string;
}

export async function endUserSession({ userId, sessionId, etag }: EndUserSessionInput): Promise<void> {
  unwrap(await api.DELETE('/api/v1/users/{userId}/sessions/{sessionId}', { params: { path: { userId, sessionId }, header: ifMatch(etag) } }));
}

export function useEndUserSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endUserSession,
    onSuccess: (_, { userId }) => queryClient.invalidateQueries({ queryKey: userKeys.sessions(userId) }),
  });
}
