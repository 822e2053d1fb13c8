import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useCredential } from '../api/useCredential';
import { useFolders } from '../api/useFolders';
import { OTP_SEED, orderSecretFields, safeHref } from '../secretFields';
import type { Credential } from '../types';
import { DeleteCredentialModal } from './DeleteCredentialModal';
import { SecretField } from './SecretField';
import { TotpCode } from './TotpCode';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** `/orgs/:orgId/vault/:credentialId`: a credential's details with its secrets masked until revealed. */
export function CredentialPage() {
  const { orgId = '', credentialId = '' } = useParams();
  const credential = useCredential(orgId, credentialId);
  const notFound = isApiError(credential.error) && credential.error.status === 404;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> /{' '}
        <Link to={`/orgs/${orgId}/vault`}>Vault</Link>
      </nav>
      {credential.isPending ? (
        <Spinner animation="border" role="status">
          <span className="visually-hidden">Loading credential…</span>
        </Spinner>
      ) : credential.isError ? (
        <Alert variant={notFound ? 'warning' : 'danger'} role="alert">
          <p className="mb-2">{notFound ? 'This credential does not exist or you cannot access it.' : errorMessage(credential.error)}</p>
          <Link to={`/orgs/${orgId}/vault`}>Back to the vault</Link>
        </Alert>
      ) : (
        <CredentialDetails key={credential.data.id} orgId={orgId} credential={credential.data} />
      )}
    </>
  );
}

function CredentialDetails({ orgId, credential }: { orgId: string; credential: Credential }) {
  const location = useLocation();
  const navigate = useNavigate();
  const { can } = usePermissions();
  const canWrite = can(orgId, 'vault.write');
  const canReveal = can(orgId, 'vault.reveal');
  const folders = useFolders(orgId);
  const folder = credential.folderId ? folders.data?.find((f) => f.id === credential.folderId) : undefined;
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [deleting, setDeleting] = useState(false);
  const href = safeHref(credential.url);
  const secrets = orderSecretFields(credential.secretFields);

  return (
    <>
      <div className="d-flex flex-wrap align-items-center justify-content-between gap-2 mb-3">
        <h1 className="h3 mb-0 text-break">{credential.name}</h1>
        {canWrite && (
          <div className="d-flex gap-2">
            <Link to={`/orgs/${orgId}/vault/${credential.id}/edit`} className="btn btn-outline-primary">
              Edit
            </Link>
            <Button variant="outline-danger" onClick={() => setDeleting(true)}>
              Delete…
            </Button>
          </div>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}

      <dl className="row mb-4">
        <dt className="col-sm-3">Folder</dt>
        <dd className="col-sm-9">
          {credential.folderId ? (
            <Link to={`/orgs/${orgId}/vault?folder=${encodeURIComponent(credential.folderId)}`}>{folder?.name ?? 'Folder'}</Link>
          ) : (
            <span className="text-body-secondary">No folder</span>
          )}
        </dd>
        <dt className="col-sm-3">Username</dt>
        <dd className="col-sm-9 text-break">{credential.username ?? <span className="text-body-secondary">—</span>}</dd>
        <dt className="col-sm-3">URL</dt>
        <dd className="col-sm-9 text-break">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {credential.url}
            </a>
          ) : (
            (credential.url ?? <span className="text-body-secondary">—</span>)
          )}
        </dd>
        <dt className="col-sm-3">Tags</dt>
        <dd className="col-sm-9">
          {credential.tags.length > 0 ? (
            <span className="d-inline-flex flex-wrap gap-1">
              {credential.tags.map((tag) => (
                <Link key={tag} to={`/orgs/${orgId}/vault?tag=${encodeURIComponent(tag)}`} className="text-decoration-none">
                  <Badge bg="secondary">{tag}</Badge>
                </Link>
              ))}
            </span>
          ) : (
            <span className="text-body-secondary">—</span>
          )}
        </dd>
        <dt className="col-sm-3">Notes</dt>
        <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
          {credential.notes ?? <span className="text-body-secondary">—</span>}
        </dd>
        <dt className="col-sm-3">Created</dt>
        <dd className="col-sm-9">
          <time dateTime={credential.createdAt}>{dateFormat.format(new Date(credential.createdAt))}</time>
        </dd>
        <dt className="col-sm-3">Updated</dt>
        <dd className="col-sm-9">
          <time dateTime={credential.updatedAt}>{dateFormat.format(new Date(credential.updatedAt))}</time>
        </dd>
      </dl>

      <section aria-labelledby="credential-secrets" className="mb-4">
        <h2 id="credential-secrets" className="h5">
          Secrets
        </h2>
        {!canReveal && secrets.length > 0 && (
          <p className="small text-body-secondary">Seeing or copying secrets needs the “vault.reveal” permission.</p>
        )}
        {secrets.length === 0 ? (
          <p className="text-body-secondary">No secrets are stored for this credential.</p>
        ) : (
          secrets.map((field) => <SecretField key={field} orgId={orgId} credentialId={credential.id} field={field} canReveal={canReveal} />)
        )}
      </section>

      {credential.secretFields.includes(OTP_SEED) && canReveal && (
        <section aria-labelledby="credential-totp" className="mb-4">
          <h2 id="credential-totp" className="h5">
            One-time code
          </h2>
          <TotpCode orgId={orgId} credentialId={credential.id} />
        </section>
      )}

      <Link to={`/orgs/${orgId}/vault`} className="btn btn-outline-secondary">
        Back to the vault
      </Link>

      {deleting && (
        <DeleteCredentialModal
          orgId={orgId}
          credential={credential}
          onClose={() => setDeleting(false)}
          onDeleted={() => navigate(`/orgs/${orgId}/vault`, { replace: true, state: { flash: `Credential “${credential.name}” deleted.` } })}
        />
      )}
    </>
  );
}
