import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { usePermissions } from '../../../auth/permissions';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { FilterBar } from '../../../components/FilterBar';
import { PagedList } from '../../../components/QueryState';
import { useCursorStack } from '../../../lib/cursorStack';
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
  const permissions = usePermissions();
  // Hidden only once /me says so: the API enforces audit.export on the download anyway.
  const canExport = !permissions.ready || permissions.can(orgId, 'audit.export');

  return (
    <>
      <PageHeader
        crumbs={orgId ? orgCrumbs(orgId) : undefined}
        title="Audit log"
        subtitle={orgId ? 'Everything recorded for this organisation.' : 'Everything recorded across the platform.'}
        orgId={orgId ?? undefined}
        actions={canExport && <ExportCsvButton orgId={orgId} filters={filters} />}
      />

      {!orgId && <VerifyChainCard />}
      <AuditChart orgId={orgId} range={statsRange} />
      <FilterBar list={orgId ? 'org-audit' : 'audit'} active={Object.values(filters).filter(Boolean).length}>
        <AuditFilters orgId={orgId} filters={filters} onChange={setFilter} onClear={clearFilters} canClear={filtered} />
      </FilterBar>

      <PagedList
        query={events}
        paging={paging}
        what="audit events"
        pageSize={PAGE_SIZE}
        forbidden="You do not have permission to view this audit log"
        empty={filtered ? 'No audit events match these filters' : 'No audit events recorded yet.'}
      >
        {(items, busy) => <AuditTable events={items} busy={busy} showOrg={!orgId} />}
      </PagedList>
    </>
  );
}
