import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { refreshAssetViews } from '../../../entities/asset/refreshAssetViews';
import { refreshAddressViews } from '../../../entities/ipam/refreshAddressViews';
import type { NmapImportResult } from '../types';

export interface NmapImportInput {
  orgId: string;
  /** The nmap report (`nmap -oX`) exactly as read from the file. */
  xml: string;
  /** Only plan: nothing is written. */
  dryRun: boolean;
}

export async function importNmap({ orgId, xml, dryRun }: NmapImportInput): Promise<NmapImportResult> {
  return unwrap(
    await api.POST('/api/v1/orgs/{orgId}/discovery/nmap', {
      params: { path: { orgId }, query: { dryRun } },
      // The schema declares no JSON body: the endpoint reads the raw XML, so it is sent as-is.
      body: xml as never,
      bodySerializer: (body: unknown) => body as string,
      headers: { 'Content-Type': 'application/xml' },
    }),
  );
}

/** Previews (dryRun) or imports an nmap scan: hosts are matched to assets by MAC, then IP, then hostname. */
export function useNmapImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importNmap,
    // A real import creates and updates assets and IP addresses: every view of either refetches.
    onSuccess: (result, { orgId }) =>
      result.dryRun ? undefined : Promise.all([refreshAssetViews(queryClient, orgId), refreshAddressViews(queryClient, orgId)]),
  });
}
