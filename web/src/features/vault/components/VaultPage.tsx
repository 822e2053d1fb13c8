import { Link, useParams, useSearchParams } from 'react-router';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SelectField, TextField } from '../../../components/FormFields';
import { ORG_NOT_FOUND, PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useCredentials } from '../api/useCredentials';
import { credentialSorts, type CredentialSort } from '../types';
import { CredentialsTable } from './CredentialsTable';
import { FolderList } from './FolderList';

const PAGE_SIZE = 50;

function parseSort(value: string | null): CredentialSort {
  return credentialSorts.find((s) => s.value === value)?.value ?? 'name';
}

/** `/orgs/:orgId/vault`: the organisation's credentials by folder, searchable; secrets are only named here. */
export function VaultPage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const folderId = searchParams.get('folder') ?? '';
  const sort = parseSort(searchParams.get('sort'));
  const [search, setSearch, q] = useDebouncedParam('q');
  const [tagInput, setTagInput, tag] = useDebouncedParam('tag');
  const canWrite = useCan(orgId, 'vault.write');
  const [flash, setFlash] = useFlash();
  const setParam = useSetSearchParam();

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
          <FilterForm label="Filter credentials">
            <Row className="g-2">
              <Col sm={6}>
                <TextField
                  id="vault-search"
                  label="Search credentials"
                  hideLabel
                  type="search"
                  placeholder="Search by name, username or URL"
                  value={search}
                  onChange={(e) => setSearch(e.target.value)}
                />
              </Col>
              <Col sm={3}>
                <TextField id="vault-tag" label="Filter by tag" hideLabel type="search" placeholder="Tag" value={tagInput} onChange={(e) => setTagInput(e.target.value)} />
              </Col>
              <Col sm={3}>
                <SelectField
                  id="vault-sort"
                  label="Sort credentials by"
                  hideLabel
                  value={sort}
                  onChange={(e) => setParam('sort', e.target.value === 'name' ? '' : e.target.value)}
                  options={credentialSorts}
                />
              </Col>
            </Row>
          </FilterForm>

          <PagedList
            query={credentials}
            paging={paging}
            what="credentials"
            notFound={ORG_NOT_FOUND}
            forbidden="You do not have permission to see the vault"
            empty={q || tag || folderId ? 'No credentials match your filters.' : 'The vault has no credentials yet.'}
          >
            {(items, busy) => <CredentialsTable orgId={orgId} credentials={items} busy={busy} onTag={setTagInput} />}
          </PagedList>
        </Col>
      </Row>
    </>
  );
}
