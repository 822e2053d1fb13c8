import type { JsonOf, paths } from '../../api/types';

export type { PermissionCatalog, PermissionModule } from '../../entities/permission/usePermissionCatalog';
export type { OrgSummary as OrgOption } from '../../entities/org/types';

export type ApiKey = JsonOf<paths['/api/v1/orgs/{orgId}/api-keys/{keyId}']['get']['responses'][200]>;
export type ApiKeyPage = JsonOf<paths['/api/v1/orgs/{orgId}/api-keys']['get']['responses'][200]>;
/** A new or rotated key with its client secret: held in component state only while the secret dialog is open. */
export type IssuedApiKey = JsonOf<paths['/api/v1/orgs/{orgId}/api-keys']['post']['responses'][201]>;
export type CreateOrgApiKeyBody = JsonOf<NonNullable<paths['/api/v1/orgs/{orgId}/api-keys']['post']['requestBody']>>;
export type CreatePlatformApiKeyBody = JsonOf<NonNullable<paths['/api/v1/api-keys']['post']['requestBody']>>;

/** Whose keys: one organisation's, or the platform keys a global administrator binds to several or all organisations. */
export type ApiKeyOwner = { kind: 'org'; orgId: string } | { kind: 'platform' };

export type ApiKeyStatus = 'active' | 'expired' | 'revoked';

/** Permissions no key can hold, whoever creates it (the API refuses them too). */
export const NEVER_GRANTABLE: ReadonlySet<string> = new Set(['vault.reveal']);

export const apiKeySorts = [
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
  { value: 'name', label: 'Name (A–Z)' },
  { value: '-name', label: 'Name (Z–A)' },
] as const;
export type ApiKeySort = (typeof apiKeySorts)[number]['value'];

export interface ApiKeyListParams {
  sort: ApiKeySort;
  includeRevoked: boolean;
  cursor: string | null;
  limit: number;
}

/** The fields of the new-key form; API field errors are matched against these. */
export const apiKeyFormFields = ['name', 'scopes', 'expiresAt', 'allowedIps', 'allOrgs', 'orgIds'] as const;
export type ApiKeyFormField = (typeof apiKeyFormFields)[number];

export interface ApiKeyFormValues {
  name: string;
  scopes: string[];
  /** `yyyy-mm-dd` from the date input; empty means the API's maximum (one year). */
  expiresOn: string;
  /** One IP address or CIDR network per line. */
  allowedIps: string;
  /** Platform keys only. */
  allOrgs: boolean;
  orgIds: string[];
}

/** The textarea's lines without blanks; the API validates and normalises each entry. */
export function parseAllowedIps(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** The key stops working at the start of the chosen day, local time: a date the date input's max allows stays within one year. */
export function expiryFromDate(date: string): string | null {
  if (!date) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return null;
  return new Date(y, m - 1, d).toISOString();
}

/** `yyyy-mm-dd` of a local date, as date inputs want it. */
export function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date);
  next.setDate(next.getDate() + days);
  return next;
}
