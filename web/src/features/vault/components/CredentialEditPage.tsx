import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import { StaleAlert } from '../../../components/ErrorAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { hasStatus } from '../../../lib/problem';
import { useCredential } from '../api/useCredential';
import { useUpdateCredential } from '../api/useUpdateCredential';
import { credentialFormValues, updateCredentialBody } from '../credentialBody';
import type { Credential } from '../types';
import { CredentialForm } from './CredentialForm';

/** `/orgs/:orgId/vault/:credentialId/edit` */
export function CredentialEditPage() {
  const { orgId = '', credentialId = '' } = useParams();
  const credential = useCredential(orgId, credentialId);

  return (
    <QueryState
      query={credential}
      what="the credential"
      notFound="This credential does not exist or you cannot access it."
      errorFooter={<Link to={`/orgs/${orgId}/vault`}>Back to the vault</Link>}
    >
      {(data) => <CredentialEditor key={data.id} orgId={orgId} credential={data} onReload={() => void credential.refetch()} />}
    </QueryState>
  );
}

function CredentialEditor({ orgId, credential, onReload }: { orgId: string; credential: Credential; onReload: () => void }) {
  const navigate = useNavigate();
  const update = useUpdateCredential();
  const [notice, setNotice] = useState<string | null>(null);
  const vault = `/orgs/${orgId}/vault`;
  const detail = `${vault}/${credential.id}`;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId, { to: vault, label: 'Vault' }, { to: detail, label: credential.name })} title={`Edit ${credential.name}`} orgId={orgId} />
      {notice && (
        <Alert variant="info" dismissible onClose={() => setNotice(null)}>
          {notice}
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
          hasStatus(update.error, 412) ? (
            <StaleAlert
              message="This credential was changed by someone else since you opened it, so your changes were not saved. Reload to see the latest version, then make your changes again."
              onReload={() => {
                update.reset();
                onReload();
              }}
            />
          ) : undefined
        }
        onSubmit={(values) => {
          setNotice(null);
          const changes = updateCredentialBody(credential, values);
          if (Object.keys(changes).length === 0) {
            setNotice('Nothing to save.');
            return;
          }
          update.mutate(
            { orgId, credentialId: credential.id, etag: credential.etag, changes },
            { onSuccess: () => void navigate(detail, { state: { flash: 'Changes saved.' } }) },
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
