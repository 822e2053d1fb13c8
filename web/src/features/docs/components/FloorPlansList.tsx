import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import { FilterBar } from '../../../components/FilterBar';
import { ListFilters } from '../../../components/FormFields';
import { EmptyState } from '../../../components/Loading';
import { PagedList } from '../../../components/QueryState';
import { RelativeTime } from '../../../components/RelativeTime';
import { ResponsiveTable } from '../../../components/ResponsiveTable';
import { useFloorPlans } from '../../../entities/floorPlan/useFloorPlans';
import type { FloorPlanSummary } from '../../../entities/floorPlan/types';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useSortParam } from '../../../lib/useSortParam';
import { Icon } from './Icons';

const PAGE_SIZE = 50;

export const floorPlanSorts = [
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
  { value: '-updatedAt', label: 'Recently updated' },
] as const;

const sourceLabels: Record<string, string> = { image: 'Image', pdf: 'PDF', svg: 'SVG', magicplan: 'MagicPlan' };

export function NewFloorPlanLink({ orgId }: { orgId: string }) {
  return (
    <Link to={`/orgs/${orgId}/docs/floor-plans/new`} className="btn btn-primary d-inline-flex align-items-center gap-1">
      <Icon name="plus" /> New floor plan
    </Link>
  );
}

/** The Docs page's floor plans: searched by name, level and room names, with where each is. */
export function FloorPlansList({ orgId, canWrite }: { orgId: string; canWrite: boolean }) {
  const [search, setSearch, q] = useDebouncedParam('q');
  const [sort, setSort] = useSortParam(floorPlanSorts);
  const paging = useCursorStack(JSON.stringify([orgId, 'floor-plans', q, sort]));
  const plans = useFloorPlans(orgId, { q, locationId: '', assetId: '', rackId: '', sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const searchBox = { id: 'floor-plans-search', label: 'Search floor plans', placeholder: 'Search names, levels and rooms', value: search, onChange: setSearch };
  const sortSelect = { id: 'floor-plans-sort', label: 'Sort floor plans by', sorts: floorPlanSorts, value: sort, onChange: setSort };
  const empty = q ? (
    'No floor plans match your search.'
  ) : (
    <EmptyState>
      <p className="mb-1">This client has no floor plans yet.</p>
      <p className="small text-body-secondary mb-3">Upload a plan (an image, a PDF, an SVG or a MagicPlan export) and pin the access points, the rack and the network drops on it.</p>
      {canWrite ? <NewFloorPlanLink orgId={orgId} /> : <p className="small mb-0">Adding floor plans needs the “docs.write” permission.</p>}
    </EmptyState>
  );
  return (
    <>
      <FilterBar list="floor-plans" active={q ? 1 : 0}>
        <ListFilters label="Filter floor plans" search={searchBox} sort={sortSelect} />
      </FilterBar>
      <PagedList query={plans} paging={paging} what="floor plans" pageSize={PAGE_SIZE} inOrg empty={empty}>
        {(items, busy) => (
          <ResponsiveTable<FloorPlanSummary>
            label="Floor plans"
            rows={items}
            rowKey={(p) => p.id}
            busy={busy}
            card={(p) => ({
              title: <Link to={`/orgs/${orgId}/docs/floor-plans/${p.id}`}>{p.name}</Link>,
              details: [
                ['Location', p.locationName ?? ''],
                ['Level', p.level ?? ''],
                ['Drawing', p.sourceKind ? (sourceLabels[p.sourceKind] ?? p.sourceKind) : 'None yet'],
                ['Pins', String(p.pinCount)],
              ],
            })}
            columns={[
              {
                header: 'Name',
                className: 'text-break',
                cell: (p) => (
                  <Link to={`/orgs/${orgId}/docs/floor-plans/${p.id}`} className="fw-semibold">
                    {p.name}
                  </Link>
                ),
              },
              { header: 'Location', className: 'text-break', cell: (p) => p.locationName ?? <span className="text-body-secondary">—</span> },
              { header: 'Level', className: 'text-break', cell: (p) => p.level ?? <span className="text-body-secondary">—</span> },
              {
                header: 'Drawing',
                cell: (p) =>
                  p.sourceKind ? <Badge bg="secondary">{sourceLabels[p.sourceKind] ?? p.sourceKind}</Badge> : <span className="small text-body-secondary">None yet</span>,
              },
              { header: 'Pins', className: 'text-end', cell: (p) => p.pinCount },
              { header: 'Updated', className: 'text-nowrap', cell: (p) => <RelativeTime value={p.updatedAt} /> },
            ]}
          />
        )}
      </PagedList>
    </>
  );
}
