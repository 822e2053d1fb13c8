import { Link, useParams, useSearchParams } from 'react-router';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { ListFilters, SearchField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { FilterBar } from '../../../components/FilterBar';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSortParam } from '../../../lib/useSortParam';
import { useCredentials } from '../api/useCredentials';
import { credentialSorts } from '../types';
import { CredentialsTable } from './CredentialsTable';
import { FolderList } from './FolderList';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/vault`: the organisation's credentials by folder, searchable; secrets are only named here. */
export function VaultPage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const folderId = searchParams.get('folder') ?? '';
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const canWrite = useCan(orgId, 'vault.write');
  const canReveal = useCan(orgId, 'vault.reveal');
  const [flash, setFlash] = useFlash();
  const setParam = useSetSearchParam();
  const [sort, setSort] = useSortParam(credentialSorts);

  const paging = useCursorStack(JSON.stringify([orgId, q, folderId, tag, sort]));
  const credentials = useCredentials(orgId, { q, folderId, tag, sort, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Vault"
        orgId={orgId}
        actions={
          canWrite && (
            <Link to={`/orgs/${orgId}/vault/new${folderId ? `?folder=${encodeURIComponent(folderId)}` : ''}`} className="btn btn-primary">
              New credential
            </Link>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />

      <Row>
        <Col md={3} className="mb-4">
          <FolderList orgId={orgId} selected={folderId} onSelect={(id) => setParam('folder', id)} canWrite={canWrite} />
        </Col>
        <Col md={9}>
          <FilterBar list="vault" active={[q, tag].filter(Boolean).length}>
          <ListFilters
            label="Filter credentials"
            search={{ id: 'vault-search', label: 'Search credentials', placeholder: 'Search by name, username or URL', value: search, onChange: setSearch }}
            sort={{ id: 'vault-sort', label: 'Sort credentials by', sorts: credentialSorts, value: sort, onChange: setSort }}
          >
            <SearchField id="vault-tag" label="Filter by tag" placeholder="Tag" value={tagInput} onChange={setTagInput} />
          </ListFilters>
          </FilterBar>

          <PagedList
            query={credentials}
            paging={paging}
            what="credentials"
            pageSize={PAGE_SIZE}
            inOrg
            empty={q || tag || folderId ? 'No credentials match your filters.' : 'The vault has no credentials yet.'}
          >
            {(items, busy) => <CredentialsTable orgId={orgId} credentials={items} busy={busy} canReveal={canReveal} onTag={setTagInput} sort={sort} onSort={setSort} />}
          </PagedList>
        </Col>
      </Row>
    </>
  );
}
