import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SearchField, SelectField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { FilterBar } from '../../../components/FilterBar';
import { PagedList } from '../../../components/QueryState';
import { useLocationOptions } from '../../../entities/location/useLocations';
import { useCursorStack } from '../../../lib/cursorStack';
import { nameSorts, useSortParam } from '../../../lib/useSortParam';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useRacks } from '../api/useRacks';
import type { Rack } from '../types';
import { NewRackForm } from './NewRackForm';
import { RacksNav } from './RacksNav';
import { RacksTable } from './RacksTable';

const PAGE_SIZE = 50;

/** `/orgs/:orgId/racks`: the organisation's racks with how full they are, a page at a time; searched by name and filtered by location on the server. */
export function RacksPage() {
  const { orgId = '' } = useParams();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const setParam = useSetSearchParam();
  const locationId = searchParams.get('location') ?? '';
  const [search, setSearch, q] = useDebouncedParam('q');
  const [creating, setCreating] = useState(false);
  const [flash, setFlash] = useFlash();
  const canWrite = useCan(orgId, 'assets.write');

  const [sort, setSort] = useSortParam(nameSorts);
  const paging = useCursorStack(JSON.stringify([orgId, q, locationId, sort]));
  const racks = useRacks(orgId, { q, locationId, sort, cursor: paging.cursor, limit: PAGE_SIZE });
  const locations = useLocationOptions(orgId).data?.items;
  const locationNames = useMemo(() => new Map((locations ?? []).map((l) => [l.id, l.name])), [locations]);

  function created(rack: Rack) {
    void navigate(`/orgs/${orgId}/racks/${rack.id}`, { state: { flash: `Rack “${rack.name}” created.` } });
  }

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="Racks"
        orgId={orgId}
        actions={
          canWrite &&
          !creating && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              New rack
            </Button>
          )
        }
      />
      <RacksNav orgId={orgId} />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {creating && <NewRackForm orgId={orgId} locations={locations ?? []} onCreated={created} onCancel={() => setCreating(false)} />}

      <FilterBar list="racks" active={[q, locationId].filter(Boolean).length}>
      <FilterForm label="Filter racks">
        <Row className="g-2">
          <Col sm={6}>
            <SearchField id="racks-search" label="Search racks" placeholder="Search by name" value={search} onChange={setSearch} />
          </Col>
          <Col sm={6}>
            <SelectField
              id="racks-location"
              label="Filter by location"
              hideLabel
              value={locationId}
              onChange={(e) => setParam('location', e.target.value)}
              options={(locations ?? []).map((l) => ({ value: l.id, label: l.name }))}
            >
              <option value="">All locations</option>
            </SelectField>
          </Col>
        </Row>
      </FilterForm>
      </FilterBar>

      <PagedList query={racks} paging={paging} what="racks" pageSize={PAGE_SIZE} inOrg empty={q || locationId ? 'No racks match your filters.' : 'This organisation has no racks yet.'}>
        {(items, busy) => <RacksTable orgId={orgId} racks={items} locationNames={locationNames} busy={busy} sort={sort} onSort={setSort} />}
      </PagedList>
    </>
  );
}
