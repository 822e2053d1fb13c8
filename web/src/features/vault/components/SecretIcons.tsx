import type { ReactNode } from 'react';
import { summariseSecrets } from '../secretFields';

function Icon({ label, title = label, children }: { label: string; title?: string; children: ReactNode }) {
  return (
    <svg role="img" aria-label={label} width="16" height="16" viewBox="0 0 16 16" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round">
      <title>{title}</title>
      {children}
    </svg>
  );
}

/** Which secrets a credential stores, as small icons with text alternatives (never the values). */
export function SecretIcons({ fields }: { fields: readonly string[] }) {
  const s = summariseSecrets(fields);
  if (!s.password && !s.totp && s.custom === 0) return <span className="text-body-secondary small">—</span>;
  const custom = s.custom === 1 ? '1 custom secret' : `${s.custom} custom secrets`;
  return (
    <span className="d-inline-flex align-items-center gap-2 text-nowrap text-body-secondary">
      {s.password && (
        <Icon label="Password">
          <circle cx="5" cy="8" r="3" />
          <path d="M8 8h6.5M12 8v2.5M14.5 8v2" />
        </Icon>
      )}
      {s.totp && (
        <Icon label="TOTP" title="TOTP (one-time codes)">
          <circle cx="8" cy="8.5" r="6" />
          <path d="M8 5.5v3l2 1.5" />
        </Icon>
      )}
      {s.custom > 0 && (
        <span className="d-inline-flex align-items-center">
          <Icon label={custom}>
            <rect x="2.5" y="7" width="11" height="7" rx="1.5" />
            <path d="M5 7V5a3 3 0 0 1 6 0v2" />
          </Icon>
          <small aria-hidden="true">{s.custom}</small>
        </span>
      )}
    </span>
  );
}
