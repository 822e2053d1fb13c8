import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useDownloadAssetsCsv } from '../api/downloadAssetsCsv';
import type { AssetFilters } from '../types';

/** Downloads every asset matching the list's filters (not only the page on screen). */
export function ExportAssetsButton({ orgId, filters }: { orgId: string; filters: AssetFilters }) {
  const download = useDownloadAssetsCsv();
  return (
    <div className="d-flex flex-column align-items-end">
      <Button variant="outline-secondary" disabled={download.isPending} onClick={() => download.mutate({ orgId, filters })}>
        {download.isPending ? (
          <Spinner as="span" animation="border" size="sm" className="me-2" role="status">
            <span className="visually-hidden">Downloading…</span>
          </Spinner>
        ) : null}
        Export CSV
      </Button>
      {download.isError && (
        <Alert variant="danger" dismissible onClose={() => download.reset()} className="mt-2 mb-0 py-2 small" role="alert">
          Could not export the assets: {errorMessage(download.error)}
        </Alert>
      )}
    </div>
  );
}
