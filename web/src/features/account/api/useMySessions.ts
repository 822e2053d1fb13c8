import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { SessionListParams, SessionPage } from '../../../entities/session/types';
import { accountKeys } from './accountKeys';

export async function listMySessions(params: SessionListParams, signal?: AbortSignal): Promise<SessionPage> {
  const query = {
    limit: params.limit,
    sort: '-createdAt',
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/me/sessions', { params: { query }, signal }));
}

export function useMySessions(params: SessionListParams) {
  return useQuery({
    queryKey: accountKeys.sessionList(params),
    queryFn: ({ signal }) => listMySessions(params, signal),
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}
