import type { Vlan } from '../types';

/** "10 · Servers" for a subnet's VLAN; a dash without one. */
export function VlanLabel({ vlanId, vlans }: { vlanId: string | null; vlans: ReadonlyMap<string, Vlan> }) {
  if (!vlanId) return <span className="text-body-secondary">—</span>;
  const vlan = vlans.get(vlanId);
  if (!vlan) return <span className="text-body-secondary">VLAN</span>;
  return (
    <span title={vlan.description ?? undefined}>
      <span className="font-monospace">{vlan.vid}</span> · {vlan.name}
    </span>
  );
}
