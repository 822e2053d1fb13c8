import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { ContactListParams, ContactPage } from '../types';
import { contactKeys } from './contactKeys';

export async function listContacts(orgId: string, params: ContactListParams, signal?: AbortSignal): Promise<ContactPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/contacts', { params: { path: { orgId }, query }, signal }));
}

/** A page of the organisation's contacts (people assets are assigned to), for the directory. */
export function useContacts(orgId: string, params: ContactListParams) {
  return useQuery({
    queryKey: contactKeys.list(orgId, params),
    queryFn: ({ signal }) => listContacts(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}
