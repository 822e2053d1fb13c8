import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { OrgTabs } from '../../../app/OrgTabs';
import { useCreateCredential } from '../api/useCreateCredential';
import { createCredentialBody } from '../credentialBody';
import { CredentialForm } from './CredentialForm';

/** `/orgs/:orgId/vault/new` (`?folder=` pre-selects the folder being viewed). */
export function CredentialCreatePage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreateCredential();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link> /{' '}
        <Link to={`/orgs/${orgId}/vault`}>Vault</Link>
      </nav>
      <h1 className="h3 mb-3">New credential</h1>
      <OrgTabs orgId={orgId} />
      <CredentialForm
        orgId={orgId}
        initialValues={{ folderId: searchParams.get('folder') ?? '' }}
        submitLabel="Create credential"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            { orgId, body: createCredentialBody(values) },
            { onSuccess: (c) => navigate(`/orgs/${orgId}/vault/${c.id}`, { state: { flash: `Credential “${c.name}” created.` } }) },
          )
        }
      >
        <Link to={`/orgs/${orgId}/vault`} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </CredentialForm>
    </>
  );
}
