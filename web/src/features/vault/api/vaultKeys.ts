import type { QueryClient } from '@tanstack/react-query';
import { refreshAssetDetails } from '../../../entities/asset/refreshAssetViews';
import { credentialKeys } from '../../../entities/credential/credentialKeys';
import type { CredentialListParams, FolderListParams } from '../types';

export const vaultKeys = {
  all: credentialKeys.all,
  lists: (orgId: string) => [...vaultKeys.all(orgId), 'list'] as const,
  list: (orgId: string, params: CredentialListParams) => [...vaultKeys.lists(orgId), params] as const,
  detail: (orgId: string, credentialId: string) => [...vaultKeys.all(orgId), 'detail', credentialId] as const,
  /** Every read of folders: pages, searches, and single folders found by id. */
  folders: (orgId: string) => [...vaultKeys.all(orgId), 'folders'] as const,
  folderList: (orgId: string, params: FolderListParams) => [...vaultKeys.folders(orgId), 'list', params] as const,
  folder: (orgId: string, folderId: string) => [...vaultKeys.folders(orgId), 'one', folderId] as const,
  totp: credentialKeys.totp,
};

/** After a credential is written: the lists it shows in, the folder counts, and the asset pages that list it. */
export function refreshCredentialLists(queryClient: QueryClient, orgId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: vaultKeys.lists(orgId) }),
    queryClient.invalidateQueries({ queryKey: vaultKeys.folders(orgId) }),
    refreshAssetDetails(queryClient, orgId),
  ]);
}
