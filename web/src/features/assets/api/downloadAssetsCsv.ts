import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetFilterQuery } from '../../../entities/asset/useAssets';
import { saveDownload } from '../../../lib/download';
import type { AssetFilters } from '../types';

export interface DownloadAssetsCsvInput {
  orgId: string;
  filters: AssetFilters;
}

/**
 * Downloads every asset matching the list's filters as CSV. A plain link cannot carry the bearer token,
 * so the file is fetched through the API client (token, 401 renewal) and saved from a blob URL.
 */
export async function downloadAssetsCsv({ orgId, filters }: DownloadAssetsCsvInput): Promise<string> {
  const result = await api.GET('/api/v1/orgs/{orgId}/assets/export.csv', {
    params: { path: { orgId }, query: assetFilterQuery(filters) },
    parseAs: 'blob',
  });
  return saveDownload(unwrap<Blob>(result), result.response, `assets-${orgId}.csv`);
}

export function useDownloadAssetsCsv() {
  return useMutation({ mutationFn: downloadAssetsCsv });
}
