import { Link, useSearchParams } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters, SelectField } from '../../../components/FormFields';
import { PageHeader } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useOrgs } from '../api/useOrgs';
import { orgSorts, type OrgStatus } from '../types';
import { OrgStatusBadge } from './OrgStatusBadge';
import { shortDateTime } from '../../../lib/dates';

const PAGE_SIZE = 50;

function parseStatus(value: string | null): OrgStatus | '' {
  return value === 'active' || value === 'archived' ? value : '';
}

const dateFormat = shortDateTime;

/** What a platform without organisations shows: the way to create the first one. */
function NoOrgsYet() {
  return (
    <div className="text-center p-5">
      <p className="h5">No organisations yet</p>
      <p className="text-body-secondary">Create the first client organisation to start documenting it.</p>
      <Link to="/orgs/new" className="btn btn-primary">
        Create organisation
      </Link>
    </div>
  );
}

export function OrgsListPage() {
  const [searchParams] = useSearchParams();
  const status = parseStatus(searchParams.get('status'));
  const [flash, setFlash] = useFlash();
  const [search, setSearch, q] = useDebouncedParam('q');
  const setParam = useSetSearchParam();
  const [sort, setSort] = useSortParam(orgSorts);

  const paging = useCursorStack(JSON.stringify([q, status, sort]));
  const orgs = useOrgs({ q, status, sort, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        title="Organisations"
        actions={
          <Link to="/orgs/new" className="btn btn-primary">
            New organisation
          </Link>
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <ListFilters
        label="Filter organisations"
        search={{ id: 'orgs-search', label: 'Search organisations', placeholder: 'Search by name or slug', value: search, onChange: setSearch }}
        sort={{ id: 'orgs-sort', sorts: orgSorts, value: sort, onChange: setSort }}
      >
        <SelectField id="orgs-status" label="Status" hideLabel value={status} onChange={(e) => setParam('status', e.target.value)}>
          <option value="">All statuses</option>
          <option value="active">Active</option>
          <option value="archived">Archived</option>
        </SelectField>
      </ListFilters>

      <PagedList query={orgs} paging={paging} what="organisations" empty={q || status ? 'No organisations match your search.' : <NoOrgsYet />}>
        {(items, busy) => (
          <DataTable
            label="Organisations"
            rows={items}
            rowKey={(o) => o.id}
            busy={busy}
            columns={[
              { header: 'Name', cell: (org) => <Link to={`/orgs/${org.id}`}>{org.name}</Link> },
              { header: 'Slug', cell: (org) => <code>{org.slug}</code> },
              { header: 'Status', cell: (org) => <OrgStatusBadge status={org.status} /> },
              { header: 'Updated', cell: (org) => dateFormat.format(new Date(org.updatedAt)) },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
