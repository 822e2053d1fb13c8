import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Modal from 'react-bootstrap/Modal';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDeleteOrg } from '../api/useDeleteOrg';
import { useOrg } from '../api/useOrg';
import { useUpdateOrg } from '../api/useUpdateOrg';
import type { Org, OrgFormValues, UpdateOrgBody } from '../types';
import { OrgForm } from './OrgForm';
import { OrgStatusBadge } from './OrgStatusBadge';

function changedFields(org: Org, values: OrgFormValues): UpdateOrgBody {
  const changes: UpdateOrgBody = {};
  if (values.name.trim() !== org.name) changes.name = values.name.trim();
  if (values.slug.trim() !== org.slug) changes.slug = values.slug.trim();
  if (values.notes !== (org.notes ?? '')) changes.notes = values.notes; // the API treats null as "unchanged" and '' as "clear"
  return changes;
}

export function OrgEditPage() {
  const { orgId = '' } = useParams();
  const org = useOrg(orgId);

  if (org.isPending) {
    return (
      <Spinner animation="border" role="status">
        <span className="visually-hidden">Loading organisation…</span>
      </Spinner>
    );
  }
  if (org.isError) {
    const notFound = isApiError(org.error) && org.error.status === 404;
    return (
      <Alert variant={notFound ? 'warning' : 'danger'}>
        <p>{notFound ? 'This organisation does not exist or you cannot access it.' : errorMessage(org.error)}</p>
        {!notFound && (
          <Button variant="outline-danger" size="sm" className="me-2" onClick={() => org.refetch()}>
            Retry
          </Button>
        )}
        <Link to="/orgs">Back to organisations</Link>
      </Alert>
    );
  }
  return <OrgEditor key={org.data.id} org={org.data} onReload={() => org.refetch()} />;
}

function OrgEditor({ org, onReload }: { org: Org; onReload(): void }) {
  const navigate = useNavigate();
  const location = useLocation();
  const updateOrg = useUpdateOrg();
  const deleteOrg = useDeleteOrg();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const { can, ready } = usePermissions();
  // Editable until /me says otherwise: the API checks settings.manage on every change anyway.
  const canEdit = !ready || can(org.id, 'settings.manage');
  const canDelete = can(org.id, 'org.delete');

  const archived = org.status === 'archived';
  const error = updateOrg.error ?? deleteOrg.error;
  const conflict = isApiError(error) && error.status === 412;

  const save = (changes: UpdateOrgBody, message: string) => {
    setFlash(null);
    deleteOrg.reset();
    updateOrg.mutate({ orgId: org.id, etag: org.etag, changes }, { onSuccess: () => setFlash(message) });
  };

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link>
      </nav>
      <div className="d-flex align-items-center gap-3 mb-4">
        <h1 className="h3 mb-0">{org.name}</h1>
        <OrgStatusBadge status={org.status} />
      </div>
      <OrgTabs orgId={org.id} />
      {!canEdit && (
        <Alert variant="info">You can view these settings; changing them needs the “settings.manage” permission.</Alert>
      )}
      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
      {deleteOrg.error && !conflict && <Alert variant="danger">{errorMessage(deleteOrg.error)}</Alert>}
      <OrgForm
        // Remount when a new version arrives so the fields show the server's values.
        key={org.etag}
        initialValues={{ name: org.name, slug: org.slug, notes: org.notes ?? '' }}
        submitLabel="Save changes"
        submitting={updateOrg.isPending || deleteOrg.isPending}
        readOnly={!canEdit}
        error={updateOrg.error}
        alert={
          conflict ? (
            <Alert variant="warning" role="alert">
              <p className="mb-2">This organisation was changed by someone else. Reload to see the latest version, then make your changes again.</p>
              <Button
                variant="outline-dark"
                size="sm"
                onClick={() => {
                  updateOrg.reset();
                  deleteOrg.reset();
                  onReload();
                }}
              >
                Reload
              </Button>
            </Alert>
          ) : undefined
        }
        onSubmit={(values) => {
          const changes = changedFields(org, values);
          if (Object.keys(changes).length === 0) {
            setFlash('Nothing to save.');
            return;
          }
          save(changes, 'Changes saved.');
        }}
      >
        <Button
          variant={archived ? 'outline-success' : 'outline-secondary'}
          onClick={() =>
            save(
              { status: archived ? 'active' : 'archived' },
              archived ? 'Organisation restored.' : 'Organisation archived.',
            )
          }
        >
          {archived ? 'Unarchive' : 'Archive'}
        </Button>
        {archived && canDelete && (
          <Button variant="outline-danger" onClick={() => setConfirmingDelete(true)}>
            Delete…
          </Button>
        )}
      </OrgForm>

      <Modal show={confirmingDelete} onHide={() => setConfirmingDelete(false)} aria-labelledby="delete-org-title">
        <Modal.Header closeButton>
          <Modal.Title id="delete-org-title">Delete organisation</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          Delete <strong>{org.name}</strong> and everything in it? This cannot be undone.
        </Modal.Body>
        <Modal.Footer>
          <Button variant="secondary" onClick={() => setConfirmingDelete(false)}>
            Cancel
          </Button>
          <Button
            variant="danger"
            disabled={deleteOrg.isPending}
            onClick={() =>
              deleteOrg.mutate(
                { orgId: org.id, etag: org.etag },
                {
                  onSuccess: () => navigate('/orgs', { replace: true, state: { flash: `Organisation “${org.name}” deleted.` } }),
                  onSettled: () => setConfirmingDelete(false),
                },
              )
            }
          >
            Delete permanently
          </Button>
        </Modal.Footer>
      </Modal>
    </>
  );
}
