import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { useCreateCredential } from '../api/useCreateCredential';
import { createCredentialBody } from '../credentialBody';
import { CredentialForm } from './CredentialForm';

/** `/orgs/:orgId/vault/new` (`?folder=` pre-selects the folder being viewed, `?asset=` links the asset it was opened from). */
export function CredentialCreatePage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const create = useCreateCredential();
  const vault = `/orgs/${orgId}/vault`;

  return (
    <>
      <PageHeader crumbs={orgCrumbs(orgId, { to: vault, label: 'Vault' })} title="New credential" orgId={orgId} />
      <CredentialForm
        orgId={orgId}
        initialValues={{ folderId: searchParams.get('folder') ?? '', assetIds: searchParams.getAll('asset') }}
        submitLabel="Create credential"
        submitting={create.isPending}
        error={create.error}
        onSubmit={(values) =>
          create.mutate(
            { orgId, body: createCredentialBody(values) },
            { onSuccess: (c) => void navigate(`${vault}/${c.id}`, { state: { flash: `Credential “${c.name}” created.` } }) },
          )
        }
      >
        <Link to={vault} className="btn btn-outline-secondary">
          Cancel
        </Link>
      </CredentialForm>
    </>
  );
}
