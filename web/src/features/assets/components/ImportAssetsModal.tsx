import { useState } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Modal from 'react-bootstrap/Modal';
import Table from 'react-bootstrap/Table';
import { errorMessage, isApiError, toFormErrors } from '../../../lib/problem';
import { useImportAssets } from '../api/useImportAssets';
import { assetImportModes, type AssetImportMode, type AssetImportReport } from '../types';

export interface ImportAssetsModalProps {
  orgId: string;
  onClose: () => void;
}

/** A problem's messages: a bad header comes back as a 400 whose `errors` say what is wrong with the file. */
function problemMessages(error: unknown): string[] {
  if (!isApiError(error)) return [errorMessage(error)];
  const { formErrors } = toFormErrors<never>(error.problem, []);
  return formErrors.length > 0 ? formErrors : [errorMessage(error)];
}

/** Previews (dry run) or runs a CSV import, showing the report with each rejected row's line, column and message. */
export function ImportAssetsModal({ orgId, onClose }: ImportAssetsModalProps) {
  const [file, setFile] = useState<File | null>(null);
  const [mode, setMode] = useState<AssetImportMode>('all');
  const run = useImportAssets();
  const imported = run.data !== undefined && !run.data.dryRun;
  const pendingDryRun = run.isPending ? run.variables.dryRun : null;

  const start = (dryRun: boolean) => {
    if (file) run.mutate({ orgId, file, mode, dryRun });
  };

  return (
    <Modal show onHide={onClose} size="lg" aria-labelledby="import-assets-title">
      <Modal.Header closeButton>
        <Modal.Title id="import-assets-title">Import assets from CSV</Modal.Title>
      </Modal.Header>
      <Modal.Body>
        <p className="small text-body-secondary">
          Use the columns of the export (Export CSV gives a file to start from); <code>type</code> and <code>name</code> are required, the others may
          be left out. Rows match existing assets by serial, then by name; other rows create new assets. Locations are given by name, contacts by
          email.
        </p>
        <Form.Group className="mb-3" controlId="import-assets-file">
          <Form.Label>CSV file</Form.Label>
          <Form.Control
            type="file"
            accept=".csv,text/csv"
            disabled={run.isPending}
            onChange={(e) => {
              setFile((e.target as HTMLInputElement).files?.[0] ?? null);
              run.reset();
            }}
          />
        </Form.Group>
        <Form.Group className="mb-3" controlId="import-assets-mode">
          <Form.Label>Mode</Form.Label>
          <Form.Select
            value={mode}
            disabled={run.isPending}
            aria-describedby="import-assets-mode-help"
            onChange={(e) => {
              setMode(e.target.value as AssetImportMode);
              run.reset();
            }}
          >
            {assetImportModes.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </Form.Select>
          <Form.Text id="import-assets-mode-help">
            “All rows or nothing” writes only when every row is valid; “Valid rows only” writes those and skips the others.
          </Form.Text>
        </Form.Group>

        {run.isError && (
          <Alert variant="danger" role="alert">
            <p className="mb-1">The file could not be imported:</p>
            <ul className="mb-0">
              {problemMessages(run.error).map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          </Alert>
        )}
        {run.data && <ImportReport report={run.data} />}
      </Modal.Body>
      <Modal.Footer>
        <Button variant="secondary" onClick={onClose}>
          {imported ? 'Done' : 'Cancel'}
        </Button>
        {!imported && (
          <>
            <Button variant="outline-primary" disabled={!file || run.isPending} onClick={() => start(true)}>
              {pendingDryRun === true ? 'Checking…' : 'Preview'}
            </Button>
            <Button variant="primary" disabled={!file || run.isPending} onClick={() => start(false)}>
              {pendingDryRun === false ? 'Importing…' : 'Import'}
            </Button>
          </>
        )}
      </Modal.Footer>
    </Modal>
  );
}

function outcome(report: AssetImportReport): { variant: string; text: string } {
  const invalid = report.errors.length > 0;
  const changes = Number(report.created) + Number(report.updated);
  if (report.dryRun) {
    if (invalid && report.mode === 'all') return { variant: 'warning', text: 'Some rows are invalid, so nothing would be written. Fix them, or import the valid rows only.' };
    if (invalid) return { variant: 'warning', text: 'The rows with errors would be skipped and the others written.' };
    if (changes === 0) return { variant: 'info', text: 'Nothing to change: every row matches its asset as it is.' };
    return { variant: 'success', text: 'Every row is valid. Import to write the changes.' };
  }
  if (report.written) {
    const skipped = invalid ? ` ${report.rejected} row(s) with errors were skipped.` : '';
    return { variant: 'success', text: `Imported: ${report.created} created, ${report.updated} updated.${skipped}` };
  }
  if (invalid) return { variant: 'warning', text: 'Nothing was imported because some rows are invalid.' };
  return { variant: 'info', text: 'Nothing was imported: every row matches its asset as it is.' };
}

function ImportReport({ report }: { report: AssetImportReport }) {
  const { variant, text } = outcome(report);
  return (
    <section aria-labelledby="import-assets-report">
      <h2 id="import-assets-report" className="h6">
        {report.dryRun ? 'Preview' : 'Import result'}
      </h2>
      <p className="mb-2">
        {report.rows} row(s): {report.created} new, {report.updated} updated, {report.unchanged} unchanged, {report.rejected} rejected.
      </p>
      <Alert variant={variant} className="py-2">
        {text}
      </Alert>
      {report.errors.length > 0 && (
        <Table size="sm" striped responsive aria-label="Import errors" className="mb-0">
          <thead>
            <tr>
              <th scope="col">Line</th>
              <th scope="col">Column</th>
              <th scope="col">Message</th>
            </tr>
          </thead>
          <tbody>
            {report.errors.map((e, i) => (
              <tr key={`${e.line}-${e.field}-${i}`}>
                <td>{e.line}</td>
                <td>
                  <code>{e.field}</code>
                </td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
