import { Link, useNavigate } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useCreateOrg } from '../api/useCreateOrg';
import type { CreateOrgBody } from '../types';
import { OrgForm } from './OrgForm';

export function OrgCreatePage() {
  const navigate = useNavigate();
  const createOrg = useCreateOrg();

  return (
    <>
      <PageHeader crumbs={[{ to: '/orgs', label: 'Organisations' }]} title="New organisation" />
      <OrgForm
        submitLabel="Create organisation"
        submitting={createOrg.isPending}
        error={createOrg.error}
        onSubmit={(values) => {
          const body: CreateOrgBody = { name: values.name.trim() };
          if (values.slug.trim()) body.slug = values.slug.trim();
          if (values.notes.trim()) body.notes = values.notes;
          createOrg.mutate(body, {
            onSuccess: (org) => void navigate(`/orgs/${org.id}`, { state: { flash: `Organisation “${org.name}” created.` } }),
          });
        }}
      >
        <Link to="/orgs" className="btn btn-outline-secondary">
          Cancel
        </Link>
      </OrgForm>
    </>
  );
}
