import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client';
import { toAuditQuery } from '../filters';
import type { AuditFilters, AuditScope } from '../types';

export interface DownloadAuditCsvInput {
  orgId: AuditScope;
  filters: AuditFilters;
}

/** The file name from `Content-Disposition` (RFC 6266, filename* preferred), if any. */
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
 * Downloads the CSV export for the current filters. A plain link cannot carry the bearer token,
 * so the file is fetched through the API client (token, 401 renewal) and saved from a blob URL.
 */
export async function downloadAuditCsv({ orgId, filters }: DownloadAuditCsvInput): Promise<string> {
  const query = toAuditQuery(filters);
  const result = orgId
    ? await api.GET('/api/v1/orgs/{orgId}/audit/export.csv', { params: { path: { orgId }, query }, parseAs: 'blob' })
    : await api.GET('/api/v1/audit/export.csv', { params: { query }, parseAs: 'blob' });
  const blob = unwrap(result) as Blob;
  const fileName =
    fileNameFromDisposition(result.response.headers.get('Content-Disposition')) ??
    `audit-${new Date().toISOString().slice(0, 10)}.csv`;

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

export function useDownloadAuditCsv() {
  return useMutation({ mutationFn: downloadAuditCsv });
}
