import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { usePermissions } from '../../../auth/permissions';
import { SubmitButton } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { errorMessage, isApiError, toFormErrors } from '../../../lib/problem';
import { useNmapImport } from '../api/useNmapImport';
import { readFileText } from '../readFileText';
import type { NmapImportResult } from '../types';
import { HostsTable } from './HostsTable';

/** Everything the API said about a refused file: the `file` field's messages, or the problem's detail. */
function importErrors(error: unknown): string[] {
  if (!error) return [];
  if (isApiError(error) && error.status !== 403) {
    const { fieldErrors, formErrors } = toFormErrors(error.problem, ['file'] as const);
    return [...(fieldErrors.file ?? []), ...formErrors];
  }
  return [errorMessage(error)];
}

function Summary({ result }: { result: NmapImportResult }) {
  const counts = [
    { label: 'hosts', value: result.hosts, bg: 'dark' },
    { label: result.dryRun ? 'to create' : 'created', value: result.created, bg: 'success' },
    { label: result.dryRun ? 'to update' : 'updated', value: result.updated, bg: 'info' },
    { label: 'unchanged', value: result.unchanged, bg: 'secondary' },
    { label: result.dryRun ? 'conflicts' : 'conflicts left alone', value: result.conflicts, bg: 'warning' },
  ];
  return (
    <ul className="list-inline mb-3" aria-label="Summary">
      {counts.map((c) => (
        <li key={c.label} className="list-inline-item">
          <Badge bg={c.bg} text={c.bg === 'warning' || c.bg === 'info' ? 'dark' : undefined} className="fs-6 fw-normal">
            {Number(c.value)} {c.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/**
 * `/orgs/:orgId/discovery`: imports an nmap XML report. Preview asks the API for the plan (dryRun) and shows it;
 * Import (offered once the file was previewed) writes it and shows what was done.
 */
export function DiscoveryPage() {
  const { orgId = '' } = useParams();
  const { can, ready } = usePermissions();
  const allowed = can(orgId, 'assets.write') && can(orgId, 'ipam.write');
  const [file, setFile] = useState<File | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [result, setResult] = useState<NmapImportResult | null>(null);
  const run = useNmapImport();
  const errors = importErrors(run.error);
  const previewed = result?.dryRun === true;
  const pending = run.isPending ? (run.variables?.dryRun ? 'preview' : 'import') : null;

  function choose(event: ChangeEvent<HTMLInputElement>) {
    setFile(event.target.files?.[0] ?? null);
    setResult(null);
    setReadError(null);
    run.reset();
  }

  async function send(dryRun: boolean) {
    if (!file) return;
    let xml: string;
    try {
      xml = await readFileText(file);
    } catch {
      setReadError('The file could not be read.');
      return;
    }
    setReadError(null);
    run.mutate({ orgId, xml, dryRun }, { onSuccess: setResult, onError: () => setResult(null) });
  }

  function preview(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(true);
  }

  const problems = readError ? [readError] : errors;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId)} title="Discovery" orgId={orgId} />

      {ready && !allowed && (
        <Alert variant="warning" role="alert">
          Importing a scan creates and updates assets and IP addresses: it needs the assets.write and ipam.write permissions.
        </Alert>
      )}

      <p className="text-body-secondary">
        Import an nmap scan saved as XML (<code>nmap -oX scan.xml …</code>). Each live host is matched to an asset by MAC address, then IP
        address, then hostname; new hosts become assets and their addresses are documented in the subnet that contains them. Nothing is deleted,
        and hosts that match different assets are reported as conflicts and left alone.
      </p>

      <Form noValidate onSubmit={preview} aria-label="Import an nmap scan" className="border rounded p-3 mb-4">
        <Form.Group controlId="discovery-file" className="mb-3">
          <Form.Label>nmap XML file</Form.Label>
          <Form.Control
            type="file"
            accept=".xml,application/xml,text/xml"
            onChange={choose}
            isInvalid={problems.length > 0}
            aria-describedby={problems.length > 0 ? 'discovery-file-error' : undefined}
          />
          <Form.Control.Feedback type="invalid" id="discovery-file-error" role="alert">
            {problems.length > 0 && <>The scan could not be imported: {problems.join(' ')}</>}
          </Form.Control.Feedback>
        </Form.Group>
        <div className="d-flex flex-wrap align-items-center gap-2">
          <SubmitButton variant="outline-primary" pending={pending === 'preview'} disabled={!file || Boolean(pending)}>
            Preview
          </SubmitButton>
          <Button variant="primary" disabled={!file || !previewed || Boolean(pending)} onClick={() => void send(false)}>
            {pending === 'import' && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            Import
          </Button>
          {file && !previewed && !result && <span className="small text-body-secondary">Preview the scan first to see what it would change.</span>}
        </div>
      </Form>

      {result && (
        <section aria-labelledby="discovery-result-title">
          <h2 id="discovery-result-title" className="h5">
            {result.dryRun ? 'Preview: nothing has been written yet' : 'Import complete'}
          </h2>
          {!result.dryRun && (
            <Alert variant="success">
              Imported {Number(result.hosts)} hosts: {Number(result.created)} created, {Number(result.updated)} updated.
            </Alert>
          )}
          <Summary result={result} />
          {result.items.length === 0 ? (
            <p className="text-center text-body-secondary p-4">The scan has no live hosts.</p>
          ) : (
            <HostsTable orgId={orgId} hosts={result.items} dryRun={result.dryRun} />
          )}
        </section>
      )}
    </>
  );
}
