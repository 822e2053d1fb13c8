import { Link, useNavigate } from 'react-router';
import { useCreateOrg } from '../api/useCreateOrg';
import type { CreateOrgBody } from '../types';
import { OrgForm } from './OrgForm';

export function OrgCreatePage() {
  const navigate = useNavigate();
  const createOrg = useCreateOrg();

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link>
      </nav>
      <h1 className="h3 mb-4">New organisation</h1>
      <OrgForm
        submitLabel="Create organisation"
        submitting={createOrg.isPending}
        error={createOrg.error}
        onSubmit={(values) => {
          const body: CreateOrgBody = { name: values.name.trim() };
          if (values.slug.trim()) body.slug = values.slug.trim();
          if (values.notes.trim()) body.notes = values.notes;
          createOrg.mutate(body, {
            onSuccess: (org) => navigate(`/orgs/${org.id}`, { state: { flash: `Organisation “${org.name}” created.` } }),
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
