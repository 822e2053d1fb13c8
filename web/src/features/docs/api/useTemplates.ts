import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { docsKeys } from './docsKeys';

/** The built-in templates (a short fixed list, with their bodies). */
export function useBuiltInTemplates(orgId: string) {
  return useQuery({
    queryKey: docsKeys.templates(orgId),
    queryFn: async ({ signal }) => unwrap(await api.GET('/api/v1/orgs/{orgId}/docs/templates', { params: { path: { orgId } }, signal })),
    staleTime: Infinity,
  });
}

/** The body rendered by the server exactly as a save would render it (the editor's live preview). */
export function usePreview(orgId: string, body: string, enabled: boolean) {
  return useQuery({
    queryKey: docsKeys.preview(orgId, body),
    queryFn: async ({ signal }) => unwrap(await api.POST('/api/v1/orgs/{orgId}/docs/preview', { params: { path: { orgId } }, body: { body }, signal })),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    gcTime: 60_000,
    enabled,
  });
}
