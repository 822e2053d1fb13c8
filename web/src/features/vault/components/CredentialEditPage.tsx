import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useCredential } from '../api/useCredential';
import { useUpdateCredential } from '../api/useUpdateCredential';
import { credentialFormValues, updateCredentialBody } from '../credentialBody';
import type { Credential } from '../types';
import { CredentialForm } from './CredentialForm';

/** `/orgs/:orgId/vault/:credentialId/edit` */
export function CredentialEditPage() {
  const { orgId = '', credentialId = '' } = useParams();
  const credential = useCredential(orgId, credentialId);
  const notFound = isApiError(credential.error) && credential.error.status === 404;

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> /{' '}
        <Link to={`/orgs/${orgId}/vault`}>Vault</Link>
        {credential.data && (
          <>
            {' '}
            / <Link to={`/orgs/${orgId}/vault/${credentialId}`}>{credential.data.name}</Link>
          </>
        )}
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
        <CredentialEditor key={credential.data.id} orgId={orgId} credential={credential.data} onReload={() => credential.refetch()} />
      )}
    </>
  );
}

function CredentialEditor({ orgId, credential, onReload }: { orgId: string; credential: Credential; onReload(): void }) {
  const navigate = useNavigate();
  const update = useUpdateCredential();
  const [flash, setFlash] = useState<string | null>(null);
  const conflict = isApiError(update.error) && update.error.status === 412;
  const detail = `/orgs/${orgId}/vault/${credential.id}`;

  return (
    <>
      <h1 className="h3 mb-3 text-break">Edit {credential.name}</h1>
      <OrgTabs orgId={orgId} />
      {flash && (
        <Alert variant="info" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      <CredentialForm
        // Remount when a new version arrives so the fields show the server's values.
        key={credential.etag}
        orgId={orgId}
        initialValues={credentialFormValues(credential)}
        storedSecrets={credential.secretFields}
        submitLabel="Save changes"
        submitting={update.isPending}
        error={update.error}
        alert={
          conflict ? (
            <Alert variant="warning" role="alert">
              <p className="mb-2">
                This credential was changed by someone else since you opened it, so your changes were not saved. Reload to see the latest
                version, then make your changes again.
              </p>
              <Button
                variant="outline-dark"
                size="sm"
                onClick={() => {
                  update.reset();
                  onReload();
                }}
              >
                Reload
              </Button>
            </Alert>
          ) : undefined
        }
        onSubmit={(values) => {
          setFlash(null);
          const changes = updateCredentialBody(credential, values);
          if (Object.keys(changes).length === 0) {
            setFlash('Nothing to save.');
            return;
          }
          update.mutate(
            { orgId, credentialId: credential.id, etag: credential.etag, changes },
            { onSuccess: () => navigate(detail, { state: { flash: 'Changes saved.' } }) },
          );
        }}
      >
        <Link to={detail} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </CredentialForm>
    </>
  );
}
