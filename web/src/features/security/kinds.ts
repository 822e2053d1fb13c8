export interface SecurityKind {
  kind: string;
  /** Friendly plural, as a card title. */
  label: string;
  description: string;
  color: string;
  /**
   * Written as one audit row per partition per minute carrying `details.hits` (things an attacker can trigger
   * at will); other kinds are one row per event.
   */
  aggregated: boolean;
}

/** Every kind the API records, in the order the page shows them. */
export const securityKinds: readonly SecurityKind[] = [
  {
    kind: 'rate_limit.exceeded',
    label: 'Rate-limit hits',
    description: 'Requests refused because a client went over a rate limit.',
    color: '#fd7e14',
    aggregated: true,
  },
  {
    kind: 'account.locked',
    label: 'Lockouts',
    description: 'Accounts locked after too many wrong passwords.',
    color: '#dc3545',
    aggregated: false,
  },
  {
    kind: 'admin_ip.denied',
    label: 'Admin address blocks',
    description: 'Administration attempts from outside the admin IP allowlist.',
    color: '#6f42c1',
    aggregated: true,
  },
  {
    kind: 'geoip.blocked',
    label: 'Country blocks',
    description: 'Requests refused because of the country they came from.',
    color: '#0dcaf0',
    aggregated: true,
  },
  {
    kind: 'apikey.scope_violation',
    label: 'Scope violations',
    description: 'API keys calling something outside their scopes.',
    color: '#ffc107',
    aggregated: false,
  },
  {
    kind: 'apikey.ip_denied',
    label: 'API key address blocks',
    description: 'API keys used from an address not on their allowlist.',
    color: '#20c997',
    aggregated: false,
  },
  {
    kind: 'account.unlocked',
    label: 'Unlocks',
    description: 'Locked accounts unlocked by an administrator.',
    color: '#198754',
    aggregated: false,
  },
  {
    kind: 'secret.unreadable',
    label: 'Unreadable secrets',
    description: 'Vault secrets that could not be decrypted.',
    color: '#343a40',
    aggregated: false,
  },
];

const fallbackColors = ['#0d6efd', '#d63384', '#6c757d', '#6610f2'];

/** The kind's metadata; a kind this SPA does not know yet is shown by its action name. */
export function kindInfo(kind: string, index = 0): SecurityKind {
  return (
    securityKinds.find((k) => k.kind === kind) ?? {
      kind,
      label: kind,
      description: 'A security event.',
      color: fallbackColors[index % fallbackColors.length],
      aggregated: false,
    }
  );
}

export function kindLabel(kind: string): string {
  return kindInfo(kind).label;
}

/** Known kinds first in their usual order, then any others alphabetically. */
export function orderKinds(kinds: Iterable<string>): string[] {
  const present = new Set(kinds);
  const known = securityKinds.map((k) => k.kind);
  return [...known.filter((k) => present.has(k)), ...[...present].filter((k) => !known.includes(k)).sort()];
}
