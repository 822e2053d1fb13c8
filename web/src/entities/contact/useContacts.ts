import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { JsonOf, paths } from '../../api/types';
import { OPTIONS_LIMIT } from '../location/useLocations';
import { contactKeys, type ContactListParams } from './contactKeys';

export type ContactPage = JsonOf<paths['/api/v1/orgs/{orgId}/contacts']['get']['responses'][200]>;
export type Contact = ContactPage['items'][number];

export async function listContacts(orgId: string, params: ContactListParams, signal?: AbortSignal): Promise<ContactPage> {
  const query = {
    limit: params.limit,
    ...(params.q ? { q: params.q } : {}),
    ...(params.cursor ? { cursor: params.cursor } : {}),
    ...(params.sort && params.sort !== 'name' ? { sort: params.sort } : {}),
  };
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/contacts', { params: { path: { orgId }, query }, signal }));
}

/** A page of the organisation's contacts, for the Contacts tab. */
export function useContacts(orgId: string, params: ContactListParams) {
  return useQuery({
    queryKey: contactKeys.list(orgId, params),
    queryFn: ({ signal }) => listContacts(orgId, params, signal),
    placeholderData: keepPreviousData,
  });
}

/** Every contact (up to OPTIONS_LIMIT) for the assignment select and for naming an asset's contact. */
export function useContactOptions(orgId: string) {
  return useQuery({
    queryKey: contactKeys.options(orgId),
    queryFn: async ({ signal }) => {
      const page = await listContacts(orgId, { q: '', cursor: null, limit: OPTIONS_LIMIT }, signal);
      return { items: page.items, truncated: Boolean(page.nextCursor) };
    },
    staleTime: 60_000,
  });
}
