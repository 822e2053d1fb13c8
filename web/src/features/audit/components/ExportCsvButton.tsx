import { ExportButton } from '../../../components/ExportButton';
import { useDownloadAuditCsv } from '../api/downloadAuditCsv';
import type { AuditFilters, AuditScope } from '../types';

/** Downloads every event matching the current filters (not only the page on screen). */
export function ExportCsvButton({ orgId, filters }: { orgId: AuditScope; filters: AuditFilters }) {
  const download = useDownloadAuditCsv();
  return <ExportButton download={download} onExport={() => download.mutate({ orgId, filters })} what="the audit log" variant="outline-primary" />;
}
