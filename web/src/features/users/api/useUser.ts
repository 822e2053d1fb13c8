import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { User } from '../types';
import { userKeys } from './userKeys';

export async function getUser(userId: string, signal?: AbortSignal): Promise<User> {
  return unwrap(await api.GET('/api/v1/users/{userId}', { params: { path: { userId } }, signal }));
}

export function useUser(userId: string) {
  return useQuery({
    queryKey: userKeys.detail(userId),
    queryFn: ({ signal }) => getUser(userId, signal),
  });
}
