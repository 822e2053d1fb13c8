import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { OrgTabs } from '../../../app/OrgTabs';
import { usePermissions } from '../../../app/permissions';
import { useCursorStack } from '../../../lib/cursorStack';
import { errorMessage, isApiError } from '../../../lib/problem';
import { useDebouncedParam } from '../../../lib/useDebouncedParam';
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
  const location = useLocation();
  const [searchParams] = useSearchParams();
  const family = parseFamily(searchParams.get('family'));
  const vlanId = searchParams.get('vlan') ?? '';
  const [search, setSearch, q] = useDebouncedParam('q');
  const { can } = usePermissions();
  const canWrite = can(orgId, 'ipam.write');
  const [adding, setAdding] = useState(false);
  const [flash, setFlash] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);

  const setParam = useSetSearchParam();

  const vlans = useVlans(orgId);
  const vlansById = new Map((vlans.data ?? []).map((v) => [v.id, v]));
  const paging = useCursorStack(JSON.stringify([orgId, q, family, vlanId]));
  const subnets = useSubnets(orgId, { q, family, vlanId, cursor: paging.cursor, limit: PAGE_SIZE });
  const items = subnets.data?.items ?? [];
  const nextCursor = subnets.data?.nextCursor ?? null;
  const notFound = isApiError(subnets.error) && subnets.error.status === 404;
  const forbidden = isApiError(subnets.error) && subnets.error.status === 403;
  const filtered = Boolean(q || family || vlanId);

  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2">
        <Link to="/orgs">Organisations</Link> / <Link to={`/orgs/${orgId}`}>Organisation</Link>
      </nav>
      <div className="d-flex align-items-center justify-content-between mb-3">
        <h1 className="h3 mb-0">IPAM</h1>
        {canWrite && !adding && (
          <Button
            variant="primary"
            onClick={() => {
              setFlash(null);
              setAdding(true);
            }}
          >
            New subnet
          </Button>
        )}
      </div>
      <OrgTabs orgId={orgId} />

      {flash && (
        <Alert variant="success" dismissible onClose={() => setFlash(null)}>
          {flash}
        </Alert>
      )}
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
          <Form role="search" aria-label="Filter subnets" onSubmit={(e) => e.preventDefault()} className="mb-3">
            <Row className="g-2">
              <Col sm={8}>
                <Form.Group controlId="ipam-search">
                  <Form.Label className="visually-hidden">Search subnets</Form.Label>
                  <Form.Control
                    type="search"
                    spellCheck={false}
                    placeholder="Search by name, or an address or network inside"
                    value={search}
                    onChange={(e) => setSearch(e.target.value)}
                  />
                </Form.Group>
              </Col>
              <Col sm={4}>
                <Form.Group controlId="ipam-family">
                  <Form.Label className="visually-hidden">Address family</Form.Label>
                  <Form.Select value={family} onChange={(e) => setParam('family', e.target.value)}>
                    <option value="">IPv4 and IPv6</option>
                    <option value="4">IPv4 only</option>
                    <option value="6">IPv6 only</option>
                  </Form.Select>
                </Form.Group>
              </Col>
            </Row>
          </Form>

          {subnets.isPending ? (
            <div className="d-flex justify-content-center p-5">
              <Spinner animation="border" role="status">
                <span className="visually-hidden">Loading subnets…</span>
              </Spinner>
            </div>
          ) : subnets.isError ? (
            <Alert variant={notFound || forbidden ? 'warning' : 'danger'} role="alert">
              {notFound ? (
                <p className="mb-0">This organisation does not exist or you cannot access it.</p>
              ) : forbidden ? (
                <p className="mb-0">You do not have permission to see IP address management: {errorMessage(subnets.error)}</p>
              ) : (
                <>
                  <p className="mb-2">Could not load subnets: {errorMessage(subnets.error)}</p>
                  <Button variant="outline-danger" size="sm" onClick={() => subnets.refetch()}>
                    Retry
                  </Button>
                </>
              )}
            </Alert>
          ) : items.length === 0 && !paging.hasPrevious ? (
            <div className="text-center text-body-secondary p-5">
              {filtered ? 'No subnets match your filters.' : 'No subnets yet. Create one to start documenting addresses.'}
            </div>
          ) : (
            <>
              <SubnetTable orgId={orgId} nodes={subnetTree(items)} vlans={vlansById} busy={subnets.isFetching} />
              <nav aria-label="Pages" className="d-flex align-items-center gap-2">
                <Button variant="outline-secondary" size="sm" disabled={!paging.hasPrevious || subnets.isFetching} onClick={paging.previous}>
                  Previous
                </Button>
                <span className="text-body-secondary small">Page {paging.page}</span>
                <Button
                  variant="outline-secondary"
                  size="sm"
                  disabled={!nextCursor || subnets.isFetching}
                  onClick={() => nextCursor && paging.next(nextCursor)}
                >
                  Next
                </Button>
                {subnets.isFetching && (
                  <Spinner animation="border" size="sm" role="status">
                    <span className="visually-hidden">Loading…</span>
                  </Spinner>
                )}
              </nav>
            </>
          )}
        </Col>
      </Row>
    </>
  );
}
