import { useState, type ReactNode } from 'react';
import Button from 'react-bootstrap/Button';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import { useVlans } from '../api/useVlans';
import { NewVlanForm } from './NewVlanForm';

export interface VlanListProps {
  orgId: string;
  /** The VLAN whose subnets are shown, or '' for all. */
  selected: string;
  onSelect: (vlanId: string) => void;
  canWrite: boolean;
}

/** The organisation's VLANs by id; choosing one filters the subnets, and ipam.write adds new ones. */
export function VlanList({ orgId, selected, onSelect, canWrite }: VlanListProps) {
  const vlans = useVlans(orgId);
  const [adding, setAdding] = useState(false);
  const items = vlans.data ?? [];

  const item = (key: string, active: boolean, onClick: () => void, content: ReactNode, title?: string) => (
    <li key={key}>
      <Button
        // Not `light`: it glares in dark mode; the tertiary background follows the colour mode.
        variant={active ? 'primary' : 'link'}
        size="sm"
        className={`w-100 text-start d-flex gap-2 align-items-baseline mb-1 ${active ? '' : 'bg-body-tertiary text-body text-decoration-none'}`}
        aria-current={active ? 'true' : undefined}
        title={title}
        onClick={onClick}
      >
        {content}
      </Button>
    </li>
  );

  return (
    <nav aria-label="VLANs">
      <h2 className="h6 text-body-secondary text-uppercase small">VLANs</h2>
      <ul className="list-unstyled mb-2">
        {item('all', selected === '', () => onSelect(''), <span>All subnets</span>)}
        {items.map((vlan) =>
          item(
            vlan.id,
            selected === vlan.id,
            () => onSelect(vlan.id),
            <>
              <span className="font-monospace">{vlan.vid}</span>
              <span className="text-truncate">{vlan.name}</span>
            </>,
            vlan.description ?? undefined,
          ),
        )}
      </ul>
      {vlans.isPending && (
        <Spinner animation="border" size="sm" role="status">
          <span className="visually-hidden">Loading VLANs…</span>
        </Spinner>
      )}
      {vlans.isSuccess && items.length === 0 && <p className="small text-body-secondary">No VLANs yet.</p>}
      {vlans.isError && (
        <div className="text-danger small mb-2">
          Could not load VLANs: {errorMessage(vlans.error)}{' '}
          <Button variant="link" size="sm" className="p-0" onClick={() => void vlans.refetch()}>
            Retry
          </Button>
        </div>
      )}
      {canWrite &&
        (adding ? (
          <NewVlanForm orgId={orgId} onCancel={() => setAdding(false)} onCreated={() => setAdding(false)} />
        ) : (
          <Button variant="outline-secondary" size="sm" onClick={() => setAdding(true)}>
            New VLAN
          </Button>
        ))}
    </nav>
  );
}
