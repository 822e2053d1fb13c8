import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from '../lib/problem';
import { meKey } from '../auth/permissions';

/** The API now demands MFA enrolment (e.g. an admin just required it): /me is stale and must say so to the shell. */
function isMfaEnrolmentRequired(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && Boolean(error.problem.type?.endsWith('/mfa-enrollment-required'));
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    // Refreshing /me flips `mustEnrolMfa`, and the shell then shows only the enrolment screen.
    queryCache: new QueryCache({ onError: (error) => isMfaEnrolmentRequired(error) && void client.invalidateQueries({ queryKey: meKey }) }),
    mutationCache: new MutationCache({ onError: (error) => isMfaEnrolmentRequired(error) && void client.invalidateQueries({ queryKey: meKey }) }),
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
  return client;
}
