import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { useCan } from '../../../auth/permissions';
import { FlashAlert } from '../../../components/FlashAlert';
import { FilterForm, SearchField, SelectField } from '../../../components/FormFields';
import { PageHeader, orgCrumbs } from '../../../components/PageHeader';
import { PagedList } from '../../../components/QueryState';
import { FilterBar } from '../../../components/FilterBar';
import { useCursorStack } from '../../../lib/cursorStack';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
import { useFlash } from '../../../lib/useFlash';
import { useSetSearchParam } from '../../../lib/useSetSearchParam';
import { useSubnets } from '../api/useSubnets';
import { useVlans } from '../api/useVlans';
import { subnetTree } from '../subnetTree';
import type { Family } from '../types';
import { NewSubnetForm } from './NewSubnetForm';
import { SubnetTable } from './SubnetTable';
import { VlanList } from './VlanList';

// Large pages keep most parents and children together, so the tree rarely breaks across pages.
const PAGE_SIZE = 200;

function parseFamily(value: string | null): Family {
  return value === '4' || value === '6' ? value : '';
}

/** `/orgs/:orgId/ipam`: the organisation's subnets as a tree with utilisation, and its VLANs. */
export function IpamPage() {
  const { orgId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const family = parseFamily(searchParams.get('family'));
  const vlanId = searchParams.get('vlan') ?? '';
  const [search, setSearch, q] = useDebouncedParam('q');
  const canWrite = useCan(orgId, 'ipam.write');
  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useFlash();
  const setParam = useSetSearchParam();

  const vlans = useVlans(orgId);
  const vlansById = new Map((vlans.data ?? []).map((v) => [v.id, v]));
  const paging = useCursorStack(JSON.stringify([orgId, q, family, vlanId]));
  const subnets = useSubnets(orgId, { q, family, vlanId, cursor: paging.cursor, limit: PAGE_SIZE });

  return (
    <>
      <PageHeader
        crumbs={orgCrumbs(orgId)}
        title="IPAM"
        orgId={orgId}
        actions={
          canWrite &&
          !adding && (
            <Button
              variant="primary"
              onClick={() => {
                setFlash(null);
                setAdding(true);
              }}
            >
              New subnet
            </Button>
          )
        }
      />
      <FlashAlert message={flash} onClose={() => setFlash(null)} />
      {canWrite && adding && (
        <NewSubnetForm
          orgId={orgId}
          vlans={vlans.data ?? []}
          onCancel={() => setAdding(false)}
          onCreated={(subnet) => {
            setAdding(false);
            setFlash(`Subnet ${subnet.network} created.`);
          }}
        />
      )}

      <Row>
        <Col md={3} className="mb-4">
          <VlanList orgId={orgId} selected={vlanId} onSelect={(id) => setParam('vlan', id)} canWrite={canWrite} />
        </Col>
        <Col md={9}>
          <FilterBar list="subnets" active={[q, family, vlanId].filter(Boolean).length}>
          <FilterForm label="Filter subnets">
            <Row className="g-2">
              <Col sm={8}>
                <SearchField
                  id="ipam-search"
                  label="Search subnets"
                  spellCheck={false}
                  placeholder="Search by name, or an address or network inside"
                  value={search}
                  onChange={setSearch}
                />
              </Col>
              <Col sm={4}>
                <SelectField id="ipam-family" label="Address family" hideLabel value={family} onChange={(e) => setParam('family', e.target.value)}>
                  <option value="">IPv4 and IPv6</option>
                  <option value="4">IPv4 only</option>
                  <option value="6">IPv6 only</option>
                </SelectField>
              </Col>
            </Row>
          </FilterForm>
          </FilterBar>

          <PagedList
            query={subnets}
            paging={paging}
            what="subnets"
            pageSize={PAGE_SIZE}
            inOrg
            empty={q || family || vlanId ? 'No subnets match your filters.' : 'No subnets yet. Create one to start documenting addresses.'}
          >
            {(items, busy) => <SubnetTable orgId={orgId} nodes={subnetTree(items)} vlans={vlansById} busy={busy} />}
          </PagedList>
        </Col>
      </Row>
    </>
  );
}
