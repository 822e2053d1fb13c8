import { Fragment } from 'react';
import { Link, useSearchParams } from 'react-router';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { QueryError } from '../../../components/ErrorAlert';
import { FilterForm, SearchField, SelectField } from '../../../components/FormFields';
import { EmptyState, Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { useKnownKnowledgeBase } from '../../../entities/knowledgeBase/useKnowledgeBase';
import { useOrgOptions } from '../../../entities/org/useOrgOptions';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSearch } from '../api/useSearch';
import { itemPath, typeListPath } from '../itemPath';
import { isSearchType, MIN_QUERY, searchTypes, type SearchGroup } from '../types';
import { useQueryParam } from '../useQueryParam';
import { ResultContent } from './ResultContent';
import { TypeIcon } from './TypeIcon';

const PAGE_LIMIT = 50;
const MORE_CLIENTS = 3;

function parseTypes(value: string | null): string[] {
  return (value ?? '').split(',').filter(isSearchType);
}

/** `/search?q=&types=&orgId=`: every match (up to 50 per type) across clients, filtered by type and client. */
export function SearchPage() {
  const [searchParams] = useSearchParams();
  const [text, setText, q] = useQueryParam();
  const types = parseTypes(searchParams.get('types'));
  const orgId = searchParams.get('orgId') ?? '';
  const setParam = useSetSearchParam<'types' | 'orgId'>();
  const orgs = useOrgOptions();
  const results = useSearch({ q, types, orgId, limit: PAGE_LIMIT });
  const clientName = orgs.data?.find((o) => o.id === orgId)?.name;

  function toggleType(type: string, on: boolean) {
    const next = searchTypes.map((t) => t.value).filter((t) => (t === type ? on : types.includes(t)));
    setParam('types', next.join(','));
  }

  const groups = (results.data?.groups ?? []).filter((g) => g.items.length > 0);
  const total = groups.reduce((n, g) => n + g.items.length, 0);

  return (
    <>
      <PageHeader title="Search" documentTitle={q ? `Search: ${q}` : 'Search'} subtitle="Clients, assets, credentials, contacts, locations, networks and racks of every client you can see." />
      <FilterForm label="Search filters">
        <Row className="g-2 align-items-end">
          <Col md={8}>
            <SearchField id="search-q" label="Search for" placeholder="Name, serial, MAC or IP address, hostname, username, URL…" value={text} onChange={setText} autoFocus={!q} />
          </Col>
          <Col md={4}>
            <SelectField id="search-client" label="Client" hideLabel value={orgId} onChange={(e) => setParam('orgId', e.target.value)}>
              <option value="">All clients</option>
              {orgId && !clientName && <option value={orgId}>{orgs.isPending ? 'Loading…' : 'Chosen client'}</option>}
              {orgs.data?.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </SelectField>
          </Col>
        </Row>
        <fieldset className="mt-2">
          <legend className="visually-hidden">Types</legend>
          <div className="d-flex flex-wrap gap-2 align-items-center">
            <span className="small text-body-secondary me-1" aria-hidden="true">
              Types:
            </span>
            {searchTypes.map((t) => {
              const checked = types.includes(t.value);
              return (
                <Fragment key={t.value}>
                  <input type="checkbox" className="btn-check" id={`search-type-${t.value}`} checked={checked} onChange={(e) => toggleType(t.value, e.target.checked)} autoComplete="off" />
                  <label className="btn btn-sm btn-outline-secondary rounded-pill d-inline-flex align-items-center gap-1" htmlFor={`search-type-${t.value}`}>
                    <TypeIcon type={t.value} />
                    {t.label}
                  </label>
                </Fragment>
              );
            })}
            {types.length > 0 && (
              <button type="button" className="btn btn-sm btn-link" onClick={() => setParam('types', '')}>
                All types
              </button>
            )}
          </div>
          <Form.Text>{types.length === 0 ? 'Every type is searched; pick some to narrow the results.' : `Searching ${types.length} of ${searchTypes.length} types.`}</Form.Text>
        </fieldset>
      </FilterForm>

      {q.length < MIN_QUERY ? (
        <EmptyState>Type at least {MIN_QUERY} characters to search.</EmptyState>
      ) : results.isError ? (
        <QueryError error={results.error} what="the results" onRetry={() => void results.refetch()} />
      ) : !results.data ? (
        <Loading label="Searching…" />
      ) : (
        <div aria-busy={results.isFetching}>
          <p className="text-body-secondary" role="status">
            {total === 0 ? `No results for “${q}”${clientName ? ` in ${clientName}` : ''}.` : `${total}${groups.some((g) => g.hasMore) ? '+' : ''} results for “${q}”${clientName ? ` in ${clientName}` : ''}.`}
          </p>
          {groups.map((group) => (
            <ResultGroup key={group.type} group={group} query={results.data.query} orgId={orgId} clientName={clientName} />
          ))}
        </div>
      )}
    </>
  );
}

function ResultGroup({ group, query, orgId, clientName }: { group: SearchGroup; query: string; orgId: string; clientName: string | undefined }) {
  const headingId = `search-group-${group.type}`;
  const kbOrgId = useKnownKnowledgeBase()?.orgId;
  return (
    <section aria-labelledby={headingId} className="mb-4">
      <h2 id={headingId} className="h5 d-flex align-items-center gap-2">
        <TypeIcon type={group.type} />
        {group.label}
        <span className="badge rounded-pill text-bg-secondary">
          {group.items.length}
          {group.hasMore ? '+' : ''}
        </span>
      </h2>
      <div className="list-group">
        {group.items.map((item) => (
          <Link key={item.id} to={itemPath(item, kbOrgId)} className="list-group-item list-group-item-action text-body">
            <ResultContent item={item} query={query} />
          </Link>
        ))}
      </div>
      {group.hasMore && <MoreNote group={group} query={query} orgId={orgId} clientName={clientName} />}
    </section>
  );
}

/** Past the limit: the way on is a narrower text, or the type's own list in one client. */
function MoreNote({ group, query, orgId, clientName }: { group: SearchGroup; query: string; orgId: string; clientName: string | undefined }) {
  const what = group.label.toLowerCase();
  const kbOrgId = useKnownKnowledgeBase()?.orgId;
  const clients = orgId
    ? [{ id: orgId, name: clientName ?? 'this client' }]
    : [...new Map(group.items.map((i) => [i.orgId, i.orgName])).entries()].slice(0, MORE_CLIENTS).map(([id, name]) => ({ id, name }));
  const links = clients.map((c) => ({ ...c, path: typeListPath(group.type, c.id, query, kbOrgId) })).filter((c) => c.path && group.type !== 'org');
  return (
    <p className="small text-body-secondary mt-2 mb-0">
      More {what} match — narrow your search
      {links.length > 0 && (
        <>
          {' '}or open the list in{' '}
          {links.map((c, i) => (
            <Fragment key={c.id}>
              {i > 0 && (i === links.length - 1 ? ' or ' : ', ')}
              <Link to={c.path!}>{c.name}</Link>
            </Fragment>
          ))}
        </>
      )}
      {!orgId && ', or choose a client above'}.
    </p>
  );
}
