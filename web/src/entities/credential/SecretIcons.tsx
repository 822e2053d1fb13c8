import type { ReactNode } from 'react';
import { summariseSecrets } from './secretFields';

const personShape = (
  <>
    <circle cx="8" cy="5" r="3" />
    <path d="M2.5 14.5c.5-3 2.7-4.5 5.5-4.5s5 1.5 5.5 4.5" />
  </>
);
const keyShape = (
  <>
    <circle cx="5" cy="8" r="3" />
    <path d="M8 8h6.5M12 8v2.5M14.5 8v2" />
  </>
);
const clockShape = (
  <>
    <circle cx="8" cy="8.5" r="6" />
    <path d="M8 5.5v3l2 1.5" />
  </>
);
const lockShape = (
  <>
    <rect x="2.5" y="7" width="11" height="7" rx="1.5" />
    <path d="M5 7V5a3 3 0 0 1 6 0v2" />
  </>
);

/** A 16 px line icon; named (role img) when `label` is given, else hidden from assistive technology. */
function Icon({ label, title = label, children }: { label?: string; title?: string; children: ReactNode }) {
  const common = { width: 16, height: 16, viewBox: '0 0 16 16', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5, strokeLinecap: 'round' } as const;
  if (!label) {
    return (
      <svg {...common} aria-hidden="true" focusable="false">
        {children}
      </svg>
    );
  }
  return (
    <svg {...common} role="img" aria-label={label}>
      <title>{title}</title>
      {children}
    </svg>
  );
}

/** What a copy button in a list row copies (the button's label names it): username, password, one-time code. */
export const PersonIcon = () => <Icon>{personShape}</Icon>;
export const KeyIcon = () => <Icon>{keyShape}</Icon>;
export const ClockIcon = () => <Icon>{clockShape}</Icon>;

/** Which secrets a credential stores, as small icons with text alternatives (never the values). */
export function SecretIcons({ fields }: { fields: readonly string[] }) {
  const s = summariseSecrets(fields);
  if (!s.password && !s.totp && s.custom === 0) return <span className="text-body-secondary small">—</span>;
  const custom = s.custom === 1 ? '1 custom secret' : `${s.custom} custom secrets`;
  return (
    <span className="d-inline-flex align-items-center gap-2 text-nowrap text-body-secondary">
      {s.password && <Icon label="Password">{keyShape}</Icon>}
      {s.totp && (
        <Icon label="TOTP" title="TOTP (one-time codes)">
          {clockShape}
        </Icon>
      )}
      {s.custom > 0 && (
        <span className="d-inline-flex align-items-center">
          <Icon label={custom}>{lockShape}</Icon>
          <small aria-hidden="true">{s.custom}</small>
        </span>
      )}
    </span>
  );
}
