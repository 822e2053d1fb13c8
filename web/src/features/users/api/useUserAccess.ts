import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { UserAccess } from '../types';
import { userKeys } from './userKeys';

export async function getUserAccess(userId: string, signal?: AbortSignal): Promise<UserAccess> {
  return unwrap(await api.GET('/api/v1/users/{userId}/access', { params: { path: { userId } }, signal }));
}

/** Every organisation the user reaches, directly or through teams; under the user's key, so team changes refresh it. */
export function useUserAccess(userId: string) {
  return useQuery({ queryKey: userKeys.access(userId), queryFn: ({ signal }) => getUserAccess(userId, signal) });
}
