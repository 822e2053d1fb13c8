import { useState } from 'react';
import { Link, useParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import { usePermissions } from '../../../auth/permissions';
import { DeleteRecordDialog } from '../../../components/ConfirmDialog';
import { StaleAlert } from '../../../components/ErrorAlert';
import { FlashAlert } from '../../../components/FlashAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ORG_NOT_FOUND, QueryState } from '../../../components/QueryState';
import { hasStatus } from '../../../lib/problem';
import { useFlash } from '../../../lib/useFlash';
import { useDeleteOrg } from '../api/useDeleteOrg';
import { useOrg } from '../../../entities/org/useOrg';
import { useUpdateOrg } from '../api/useUpdateOrg';
import type { Org, OrgFormValues, UpdateOrgBody } from '../types';
import { DocsReviewSetting } from './DocsReviewSetting';
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
  return (
    <QueryState query={org} what="the organisation" notFound={ORG_NOT_FOUND} errorFooter={<Link to="/orgs">Back to organisations</Link>}>
      {(data) => <OrgEditor key={data.id} org={data} onReload={() => void org.refetch()} />}
    </QueryState>
  );
}

function OrgEditor({ org, onReload }: { org: Org; onReload: () => void }) {
  const updateOrg = useUpdateOrg();
  const deleteOrg = useDeleteOrg();
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [flash, setFlash] = useFlash();
  const { can, ready } = usePermissions();
  // Editable until /me says otherwise: the API checks settings.manage on every change anyway.
  const canEdit = !ready || can(org.id, 'settings.manage');
  const canDelete = can(org.id, 'org.delete');

  const archived = org.status === 'archived';
  const conflict = hasStatus(updateOrg.error ?? deleteOrg.error, 412);

  const save = (changes: UpdateOrgBody, message: string) => {
    setFlash(null);
    deleteOrg.reset();
    updateOrg.mutate({ orgId: org.id, etag: org.etag, changes }, { onSuccess: () => setFlash(message) });
  };

  return (
    <>
      <PageHeader crumbs={[{ to: '/orgs', label: 'Organisations' }]} title={org.name} badges={<OrgStatusBadge status={org.status} />} orgId={org.id} />
      {!canEdit && <Alert variant="info">You can view these settings; changing them needs the “settings.manage” permission.</Alert>}
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
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
            <StaleAlert
              message="This organisation was changed by someone else. Reload to see the latest version, then make your changes again."
              onReload={() => {
                updateOrg.reset();
                deleteOrg.reset();
                onReload();
              }}
            />
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
      <DocsReviewSetting org={org} readOnly={!canEdit} onReload={onReload} />

      <DeleteRecordDialog
        record={confirmingDelete ? org : null}
        noun="organisation"
        confirmLabel="Delete permanently"
        mutation={deleteOrg}
        variables={(o) => ({ orgId: o.id, etag: o.etag })}
        backTo="/orgs"
        onClose={() => setConfirmingDelete(false)}
      >
        Delete <strong>{org.name}</strong> and everything in it? This cannot be undone.
      </DeleteRecordDialog>
    </>
  );
}
