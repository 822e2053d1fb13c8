import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';
import type { AssetImportMode, AssetImportReport } from '../types';

export interface ImportAssetsInput {
  orgId: string;
  file: Blob;
  mode: AssetImportMode;
  /** Validate and report only; nothing is written. */
  dryRun: boolean;
}

/** Posts the file's text as `text/csv`; the report lists what would be (or was) created, updated and rejected. */
export async function importAssets({ orgId, file, mode, dryRun }: ImportAssetsInput): Promise<AssetImportReport> {
  const csv = await file.text();
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/assets/import.csv', {
      params: { path: { orgId }, query: { dryRun, mode } },
      headers: { 'Content-Type': 'text/csv' },
      // The endpoint reads the raw body, so the schema declares none: the text is sent as is instead of as JSON.
      body: csv as never,
      bodySerializer: () => csv,
    }),
  );
}

export function useImportAssets() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importAssets,
    onSuccess: (report, { orgId }) => (report.written ? refreshAssetViews(queryClient, orgId) : undefined),
  });
}
