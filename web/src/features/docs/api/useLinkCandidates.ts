import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { credentialKeys } from '../../../entities/credential/credentialKeys';
import { contactKeys } from '../../../entities/contact/contactKeys';
import { listContacts } from '../../../entities/contact/useContacts';

const SEARCH_SIZE = 20;

/** Credentials matching `q` (names only: the editor links them, it never shows a secret). */
export function useCredentialCandidates(orgId: string, q: string, enabled = true) {
  return useQuery({
    queryKey: [...credentialKeys.all(orgId), 'docs-link-candidates', q],
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/api/v1/orgs/{orgId}/vault/credentials', { params: { path: { orgId }, query: { limit: SEARCH_SIZE, ...(q ? { q } : {}) } }, signal })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useContactCandidates(orgId: string, q: string, enabled = true) {
  return useQuery({
    queryKey: contactKeys.list(orgId, { q, cursor: null, limit: SEARCH_SIZE }),
    queryFn: ({ signal }) => listContacts(orgId, { q, cursor: null, limit: SEARCH_SIZE }, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
