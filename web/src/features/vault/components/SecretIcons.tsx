import { summariseSecrets } from '../secretFields';

/** Which secrets a credential stores, as small icons with text alternatives (never the values). */
export function SecretIcons({ fields }: { fields: readonly string[] }) {
  const s = summariseSecrets(fields);
  if (!s.password && !s.totp && s.custom === 0) return <span className="text-body-secondary small">—</span>;
  const custom = s.custom === 1 ? '1 custom secret' : `${s.custom} custom secrets`;
  return (
    <span className="d-inline-flex gap-2 text-nowrap">
      {s.password && (
        <span role="img" aria-label="Password" title="Password">
          🔑
        </span>
      )}
      {s.totp && (
        <span role="img" aria-label="TOTP" title="TOTP (one-time codes)">
          ⏱️
        </span>
      )}
      {s.custom > 0 && (
        <span role="img" aria-label={custom} title={custom}>
          🗝️<small>{s.custom}</small>
        </span>
      )}
    </span>
  );
}
