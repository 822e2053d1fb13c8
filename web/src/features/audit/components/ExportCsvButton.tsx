import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useDownloadAuditCsv } from '../api/downloadAuditCsv';
import type { AuditFilters, AuditScope } from '../types';

/** Downloads every event matching the current filters (not only the page on screen). */
export function ExportCsvButton({ orgId, filters }: { orgId: AuditScope; filters: AuditFilters }) {
  const download = useDownloadAuditCsv();
  return (
    <div className="d-flex flex-column align-items-end">
      <Button variant="outline-primary" disabled={download.isPending} onClick={() => download.mutate({ orgId, filters })}>
        {download.isPending ? (
          <Spinner as="span" animation="border" size="sm" className="me-2" role="status">
            <span className="visually-hidden">Downloading…</span>
          </Spinner>
        ) : null}
        Export CSV
      </Button>
      {download.isError && (
        <Alert variant="danger" dismissible onClose={() => download.reset()} className="mt-2 mb-0 py-2 small" role="alert">
          Could not export the audit log: {errorMessage(download.error)}
        </Alert>
      )}
    </div>
  );
}
