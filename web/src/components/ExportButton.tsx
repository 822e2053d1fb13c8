import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../lib/problem';

export interface ExportButtonProps {
  /** The download's mutation state. */
  download: { isPending: boolean; error: unknown; reset: () => void };
  onExport: () => void;
  /** What is exported, for "Could not export <what>: …". */
  what: string;
  variant?: string;
}

/** "Export CSV" for a list's current filters (every matching row, not only the page on screen), with its failure under it. */
export function ExportButton({ download, onExport, what, variant = 'outline-secondary' }: ExportButtonProps) {
  return (
    <div className="d-flex flex-column align-items-end">
      <Button variant={variant} disabled={download.isPending} onClick={onExport}>
        {download.isPending && (
          <Spinner as="span" animation="border" size="sm" className="me-2" role="status">
            <span className="visually-hidden">Downloading…</span>
          </Spinner>
        )}
        Export CSV
      </Button>
      {Boolean(download.error) && (
        <Alert variant="danger" dismissible onClose={download.reset} className="mt-2 mb-0 py-2 small" role="alert">
          Could not export {what}: {errorMessage(download.error)}
        </Alert>
      )}
    </div>
  );
}
