import type { ReactNode } from 'react';
import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { useCan } from '../../../auth/permissions';
import { CopyButton } from '../../../components/CopyButton';
import { CredentialCopyButtons } from '../../../entities/credential/CredentialCopyButtons';
import { PASSWORD } from '../../../entities/credential/secretFields';
import { SecretField } from '../../../entities/credential/SecretField';
import { FloorPlansOfItem } from '../../../entities/floorPlan/FloorPlansOfItem';
import type { AssetDetail } from '../types';
import { PlacementSection } from './PlacementSection';
import { RelationsSection } from './RelationsSection';

type LinkedCredential = NonNullable<AssetDetail['credentials']>[number];

/** One box of the panel: a heading and what it lists. */
function PanelSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="border rounded p-3 mb-3">
      <h2 id={id} className="h5">
        {title}
      </h2>
      {children}
    </section>
  );
}

function CredentialItem({ orgId, credential: c, canReveal }: { orgId: string; credential: LinkedCredential; canReveal: boolean }) {
  return (
    <li className="list-group-item px-0">
      <div className="d-flex align-items-start justify-content-between gap-2">
        <div className="text-break">
          <Link to={`/orgs/${orgId}/vault/${c.id}`} className="fw-semibold">
            {c.name}
          </Link>
          {c.pinned && (
            <Badge bg="info" className="ms-2">
              Pinned
            </Badge>
          )}
          {c.username && <div className="small text-body-secondary">{c.username}</div>}
        </div>
        {/* The password's own copy button stands beside its reveal below. */}
        <CredentialCopyButtons orgId={orgId} credential={{ ...c, hasPassword: c.hasPassword && !canReveal }} canReveal={canReveal} />
      </div>
      {canReveal && c.hasPassword && <SecretField orgId={orgId} credentialId={c.id} field={PASSWORD} canReveal />}
    </li>
  );
}

function CredentialsSection({ orgId, assetId, credentials }: { orgId: string; assetId: string; credentials: AssetDetail['credentials'] }) {
  const canReveal = useCan(orgId, 'vault.reveal');
  const canWrite = useCan(orgId, 'vault.write');
  const link = canWrite && (
    <Link to={`/orgs/${orgId}/vault/new?asset=${encodeURIComponent(assetId)}`} className="btn btn-outline-primary btn-sm">
      Link a credential
    </Link>
  );
  return (
    <PanelSection id="related-credentials" title="Credentials">
      {credentials === null ? (
        <p className="small text-body-secondary mb-0">Seeing the credentials of an asset needs the “vault.read” permission.</p>
      ) : credentials.length === 0 ? (
        <>
          <p className="small text-body-secondary">No credentials are linked to this asset.</p>
          {link}
        </>
      ) : (
        <>
          <ul className="list-group list-group-flush mb-2" aria-label="Linked credentials">
            {credentials.map((c) => (
              <CredentialItem key={c.id} orgId={orgId} credential={c} canReveal={canReveal} />
            ))}
          </ul>
          {link}
        </>
      )}
    </PanelSection>
  );
}

function ContactsSection({ orgId, assetId, contacts }: { orgId: string; assetId: string; contacts: AssetDetail['contacts'] }) {
  const canWrite = useCan(orgId, 'assets.write');
  return (
    <PanelSection id="related-contacts" title="Contacts">
      {contacts.length === 0 ? (
        <>
          <p className="small text-body-secondary">No contact is assigned to this asset.</p>
          {canWrite && (
            <Link to={`/orgs/${orgId}/assets/${assetId}/edit`} className="btn btn-outline-primary btn-sm">
              Assign a contact
            </Link>
          )}
        </>
      ) : (
        <ul className="list-unstyled mb-0" aria-label="Contacts">
          {contacts.map((c) => (
            <li key={c.id} className="mb-2">
              <div className="fw-semibold">
                {c.name}
                <span className="small text-body-secondary fw-normal ms-2">{c.relation === 'assigned' ? 'Assigned to' : c.relation}</span>
              </div>
              {c.role && <div className="small text-body-secondary">{c.role}</div>}
              {c.email && (
                <div className="d-flex align-items-center gap-2 small">
                  <a href={`mailto:${c.email}`} className="text-break">
                    {c.email}
                  </a>
                  <CopyButton what="Email address" label={`Copy email address of ${c.name}`} text={null} secret={false} getValue={() => c.email ?? ''} />
                </div>
              )}
              {c.phone && (
                <div className="small">
                  <a href={`tel:${c.phone.replace(/[^+\d]/g, '')}`}>{c.phone}</a>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}

export interface RelatedItemsPanelProps {
  orgId: string;
  detail: AssetDetail;
  canWrite: boolean;
}

/**
 * What a technician needs beside an asset: its credentials (copy and reveal in place), addresses and rack position,
 * the floor plans showing where it is, relations and contacts. The asset page shows it on the right, or below the asset on a narrow screen.
 */
export function RelatedItemsPanel({ orgId, detail, canWrite }: RelatedItemsPanelProps) {
  const { asset } = detail;
  return (
    <aside aria-label="Related items">
      <CredentialsSection orgId={orgId} assetId={asset.id} credentials={detail.credentials} />
      <div className="border rounded px-3 pt-3 mb-3">
        <PlacementSection orgId={orgId} detail={detail} />
      </div>
      <FloorPlansOfItem orgId={orgId} assetId={asset.id} />
      <div className="border rounded px-3 pt-3 mb-3">
        <RelationsSection orgId={orgId} assetId={asset.id} relations={detail.relations} canWrite={canWrite} />
      </div>
      <ContactsSection orgId={orgId} assetId={asset.id} contacts={detail.contacts} />
    </aside>
  );
}
