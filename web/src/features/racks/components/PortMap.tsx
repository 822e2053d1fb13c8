import { unitRange } from '../elevation';
import type { PatchPanel, PatchPort } from '../types';

export interface PortMapProps {
  panel: PatchPanel;
  /** The rack the panel is mounted in, by name, when known. */
  rackName?: string;
  canWrite: boolean;
  onEdit: (port: PatchPort) => void;
}

function portDescription(port: PatchPort): string {
  const label = port.label ? ` (${port.label})` : '';
  return `Port ${Number(port.number)}${label}: ${port.connectedTo ? `connected to ${port.connectedTo}` : 'not connected'}`;
}

/** One panel's ports as a grid of tiles: number, label and what each is patched to; connected ports are green. */
export function PortMap({ panel, rackName, canWrite, onEdit }: PortMapProps) {
  const ports = [...panel.ports].sort((a, b) => Number(a.number) - Number(b.number));
  const connected = ports.filter((p) => p.connectedTo).length;
  const titleId = `panel-${panel.id}-title`;

  return (
    <section aria-labelledby={titleId} className="card mb-4">
      <div className="card-header d-flex flex-wrap align-items-baseline justify-content-between gap-2">
        <h2 id={titleId} className="h5 mb-0">
          {panel.name}
        </h2>
        <span className="small text-body-secondary">
          {rackName && (
            <>
              In {rackName}
              {panel.positionU != null && ` at ${unitRange(panel.positionU, panel.heightU)} (${panel.face})`} ·{' '}
            </>
          )}
          {connected} of {Number(panel.portCount)} ports connected
        </span>
      </div>
      <div className="card-body">
        <ul
          aria-label={`Ports of ${panel.name}`}
          className="list-unstyled d-grid gap-2 mb-0"
          style={{ gridTemplateColumns: 'repeat(auto-fill, minmax(8.5rem, 1fr))' }}
        >
          {ports.map((port) => {
            const colour = port.connectedTo ? 'bg-success-subtle border-success text-success-emphasis' : 'bg-body-tertiary border-secondary-subtle';
            const body = (
              <>
                <span className="d-block fw-bold">{Number(port.number)}</span>
                <span className="d-block small text-truncate">{port.label ?? '\u00a0'}</span>
                <span className="d-block small text-truncate">{port.connectedTo ? `→ ${port.connectedTo}` : 'Free'}</span>
              </>
            );
            return (
              <li key={port.id} data-connected={Boolean(port.connectedTo)}>
                {canWrite ? (
                  <button
                    type="button"
                    className={`btn w-100 h-100 text-start border ${colour}`}
                    aria-label={portDescription(port)}
                    title={portDescription(port)}
                    onClick={() => onEdit(port)}
                  >
                    {body}
                  </button>
                ) : (
                  <div className={`rounded border p-2 h-100 ${colour}`} title={portDescription(port)}>
                    {body}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </section>
  );
}
