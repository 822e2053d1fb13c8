import { useMemo } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../components/OrgTabs';
import { usePermissions } from '../../../auth/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isAdminIpNotAllowed, isApiError } from '../../../lib/problem';
import { useAuditEvents } from '../api/useAuditEvents';
import { filtersFromSearchParams, hasActiveFilters, withFilter, withoutFilters } from '../filters';
import { statsRangeFor } from '../stats';
import type { AuditFilterName } from '../types';
import { AuditChart } from './AuditChart';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportCsvButton } from './ExportCsvButton';
import { VerifyChainCard } from './VerifyChainCard';

const PAGE_SIZE = 50;

/** `/audit` (the whole platform) and `/orgs/:orgId/audit` (one organisation). */
export function AuditPage() {
  const { orgId = null } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const searchKey = searchParams.toString();
  // Parsed from the URL string so the object (part of query keys) only changes when the filters do.
  const filters = useMemo(() => filtersFromSearchParams(new URLSearchParams(searchKey)), [searchKey]);
  const filtered = hasActiveFilters(filters);

  const setFilter = (name: AuditFilterName, value: string) =>
    setSearchParams((prev) => withFilter(prev, name, value), { replace: true });
  const clearFilters = () => setSearchParams((prev) => withoutFilters(prev), { replace: true });

  const statsRange = useMemo(() => statsRangeFor(filters), [filters]);
  const paging = useCursorStack(JSON.stringify([orgId, filters]));
  const events = useAuditEvents(orgId, { filters, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = events.data?.items ?? [];
  const nextCursor = events.data?.nextCursor ?? null;
  // An admin address block is not a missing permission: its message says what to do.
  const forbidden = isApiError(events.error) && events.error.status === 403 && !isAdminIpNotAllowed(events.error);
  const permissions = usePermissions();
  // Hidden only once /me says so: the API enforces audit.export on the download anyway.
  const canExport = !permissions.ready || permissions.can(orgId, 'audit.export');

  return (
    <>
      {orgId && (
        <nav aria-label="Breadcrumb" className="mb-2">
          <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
        </nav>
      )}
      {orgId && <OrgTabs orgId={orgId} />}
      <div className="d-flex flex-wrap align-items-start justify-content-between gap-2 mb-3">
        <div>
          <h1 className="h3 mb-0">Audit log</h1>
          <p className="text-body-secondary mb-0">{orgId ? 'Everything recorded for this organisation.' : 'Everything recorded across the platform.'}</p>
        </div>
        {canExport && <ExportCsvButton orgId={orgId} filters={filters} />}
      </div>

      {!orgId && <VerifyChainCard />}
      <AuditChart orgId={orgId} range={statsRange} />
      <AuditFilters filters={filters} onChange={setFilter} onClear={clearFilters} canClear={filtered} />

      {events.isPending ? (
        <div className="d-flex justify-content-center p-5">
          <Spinner animation="border" role="status">
            <span className="visually-hidden">Loading audit events…</span>
          </Spinner>
        </div>
      ) : events.isError ? (
        <Alert variant={forbidden ? 'warning' : 'danger'} role="alert">
          {forbidden ? (
            <p className="mb-0">You do not have permission to view this audit log.</p>
          ) : (
            <>
              <p className="mb-2">Could not load audit events: {errorMessage(events.error)}</p>
              <Button variant="outline-danger" size="sm" onClick={() => events.refetch()}>
                Retry
              </Button>
            </>
          )}
        </Alert>
      ) : items.length === 0 && !paging.hasPrevious ? (
        <div className="text-center text-body-secondary p-5">
          {filtered ? 'No audit events match these filters' : 'No audit events recorded yet.'}
        </div>
      ) : (
        <>
          <AuditTable events={items} busy={events.isFetching} />
          <nav aria-label="Pages" className="d-flex align-items-center gap-2">
            <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || events.isFetching} onClick={paging.previous}>
              Previous
            </Button>
            <span className="text-body-secondary small">Page {paging.page}</span>
            <Button
              variant="outline-secondary"
              size="sm"
              disabled={!nextCursor || events.isFetching}
              onClick={() => nextCursor && paging.next(nextCursor)}
            >
              Next
            </Button>
            {events.isFetching && (
              <Spinner animation="border" size="sm" role="status">
                <span className="visually-hidden">Loading…</span>
              </Spinner>
            )}
          </nav>
        </>
      )}
    </>
  );
}
