import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { assetFilterQuery } from '../../../entities/asset/useAssets';
import type { AssetFilters } from '../types';

export interface DownloadAssetsCsvInput {
  orgId: string;
  filters: AssetFilters;
}

/** The file name from `Content-Disposition` (filename* preferred), if any. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // Falls through to the plain filename parameter.
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/.exec(header);
  return plain ? (plain[2] ?? plain[1]).trim() : null;
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
  const blob = unwrap(result) as Blob;
  const fileName = fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ?? `assets-${orgId}.csv`;

  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    // Revoked on the next tick: some browsers start reading the URL only after click() returns.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return fileName;
}

export function useDownloadAssetsCsv() {
  return useMutation({ mutationFn: downloadAssetsCsv });
}
