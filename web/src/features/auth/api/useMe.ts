import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';

export const meKey = ['me'] as const;

export function useMe(enabled = true) {
  return useQuery({
    queryKey: meKey,
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/me', { signal })),
    enabled,
    staleTime: 5 * 60_000,
  });
}
