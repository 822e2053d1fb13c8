import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { saveDownload } from '../../../lib/download';
import { toAuditQuery } from '../filters';
import type { AuditFilters, AuditScope } from '../types';

export interface DownloadAuditCsvInput {
  orgId: AuditScope;
  filters: AuditFilters;
}

/**
 * Downloads the CSV export for the current filters. A plain link cannot carry the bearer token,
 * so the file is fetched through the API client (token, 401 renewal) and saved from a blob URL.
 */
export async function downloadAuditCsv({ orgId, filters }: DownloadAuditCsvInput): Promise<string> {
  const query = toAuditQuery(filters);
  const result = orgId
    ? await api.GET('/api/v1/orgs/{orgId}/audit/export.csv', { params: { path: { orgId }, query }, parseAs: 'blob' })
    : await api.GET('/api/v1/audit/export.csv', { params: { query }, parseAs: 'blob' });
  return saveDownload(unwrap<Blob>(result), result.response, `audit-${new Date().toISOString().slice(0, 10)}.csv`);
}

export function useDownloadAuditCsv() {
  return useMutation({ mutationFn: downloadAuditCsv });
}
