import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/problem';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // 4xx answers are final; only network failures and 5xx are worth another try.
        retry: (count, error) => (!isApiError(error) || error.status >= 500) && count < 2,
      },
      mutations: { retry: false },
    },
  });
}
