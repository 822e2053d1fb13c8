import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import { useCan } from '../../../auth/permissions';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { CopyButton } from '../../../components/CopyButton';
import { none } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { QueryState } from '../../../components/QueryState';
import { AttachmentsPanel } from '../../../entities/attachment/AttachmentsPanel';
import { FavouriteButton } from '../../../entities/favourite/FavouriteButton';
import { useRecordOpen } from '../../../entities/favourite/useRecordOpen';
import { useAssetDetails } from '../../../entities/asset/useAsset';
import { useFlash } from '../../../lib/useFlash';
import { useCredential } from '../api/useCredential';
import { useDeleteCredential } from '../api/useDeleteCredential';
import { useFolder } from '../api/useFolders';
import { OTP_SEED, orderSecretFields } from '../../../entities/credential/secretFields';
import { SecretField } from '../../../entities/credential/SecretField';
import type { Credential } from '../types';
import { PinToggle } from './PinToggle';
import { TotpCode } from './TotpCode';
import { shortDateTime } from '../../../lib/dates';

const dateFormat = shortDateTime;

/** `/orgs/:orgId/vault/:credentialId`: a credential's details with its secrets masked until revealed. */
export function CredentialPage() {
  const { orgId = '', credentialId = '' } = useParams();
  const credential = useCredential(orgId, credentialId);
  return (
    <QueryState
      query={credential}
      what="the credential"
      notFound="This credential does not exist or you cannot access it."
      errorFooter={<Link to={`/orgs/${orgId}/vault`}>Back to the vault</Link>}
    >
      {(data) => <CredentialDetails key={data.id} orgId={orgId} credential={data} />}
    </QueryState>
  );
}

function CredentialDetails({ orgId, credential }: { orgId: string; credential: Credential }) {
  const canWrite = useCan(orgId, 'vault.write');
  const canReveal = useCan(orgId, 'vault.reveal');
  const remove = useDeleteCredential();
  const vault = `/orgs/${orgId}/vault`;
  const folder = useFolder(orgId, credential.folderId ?? '').data;
  const canReadAssets = useCan(orgId, 'assets.read');
  const assets = useAssetDetails(orgId, credential.assetIds, canReadAssets);
  const assetName = (id: string) => assets.get(id)?.asset.name ?? 'Asset';
  const linked = [...credential.assetIds].sort((a, b) => assetName(a).localeCompare(assetName(b)));
  const [flash, setFlash] = useFlash();
  const [deleting, setDeleting] = useState(false);
  const secrets = orderSecretFields(credential.secretFields);
  useRecordOpen('credential', credential.id);

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId, { to: vault, label: 'Vault' })}
        title={credential.name}
        orgId={orgId}
        actions={
          <>
            <FavouriteButton type="credential" id={credential.id} name={credential.name} />
            {canWrite && (
              <>
                <Link to={`${vault}/${credential.id}/edit`} className="btn btn-outline-primary">
                  Edit
                </Link>
                <Button variant="outline-danger" onClick={() => setDeleting(true)}>
                  Delete…
                </Button>
              </>
            )}
          </>
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

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
        <dd className="col-sm-9 text-break">
          {credential.username ? (
            <span className="d-inline-flex flex-wrap align-items-center gap-2">
              <span>{credential.username}</span>
              <CopyButton what="Username" secret={false} getValue={() => credential.username ?? ''} />
            </span>
          ) : (
            none
          )}
        </dd>
        <dt className="col-sm-3">URL</dt>
        <dd className="col-sm-9 text-break">
          {credential.url ? <ExternalLink url={credential.url} /> : none}
        </dd>
        <dt className="col-sm-3">Assets</dt>
        <dd className="col-sm-9">
          {linked.length > 0 ? (
            <ul className="list-inline mb-0" aria-label="Linked assets">
              {linked.map((id) => (
                <li key={id} className="list-inline-item">
                  <Link to={`/orgs/${orgId}/assets/${id}`}>{assetName(id)}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <span className="text-body-secondary">Not linked to any asset</span>
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
            none
          )}
        </dd>
        <dt className="col-sm-3">Overview</dt>
        <dd className="col-sm-9">
          <PinToggle orgId={orgId} credential={credential} canWrite={canWrite} />
        </dd>
        <dt className="col-sm-3">Notes</dt>
        <dd className="col-sm-9" style={{ whiteSpace: 'pre-wrap' }}>
          {credential.notes ?? none}
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

      <AttachmentsPanel parent={{ type: 'credential', orgId, id: credential.id }} />

      <Link to={`/orgs/${orgId}/vault`} className="btn btn-outline-secondary">
        Back to the vault
      </Link>

      <DeleteRecordDialog
        record={deleting ? credential : null}
        noun="credential"
        mutation={remove}
        variables={(c) => ({ orgId, credentialId: c.id, etag: c.etag })}
        backTo={vault}
        onClose={() => setDeleting(false)}
      >
        Delete <strong>{credential.name}</strong> and all its stored secrets? This cannot be undone.
      </DeleteRecordDialog>
    </>
  );
}
