import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import type { Folder } from '../types';
import { vaultKeys } from './vaultKeys';

export async function listFolders(orgId: string, signal?: AbortSignal): Promise<Folder[]> {
  return unwrap(await api.GET('/api/v1/orgs/{orgId}/vault/folders', { params: { path: { orgId } }, signal }));
}

/** Every folder of the vault (one list, not paged), with its count of credentials. */
export function useFolders(orgId: string) {
  return useQuery({
    queryKey: vaultKeys.folders(orgId),
    queryFn: ({ signal }) => listFolders(orgId, signal),
  });
}
