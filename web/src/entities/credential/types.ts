import type { JsonOf, paths } from '../../api/types';
import { OTP_SEED, PASSWORD } from './secretFields';

type CredentialPath = paths['/api/v1/orgs/{orgId}/vault/credentials/{credentialId}'];

export type RevealedSecret = JsonOf<paths['/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/reveal']['post']['responses'][200]>;
export type TotpCode = JsonOf<paths['/api/v1/orgs/{orgId}/vault/credentials/{credentialId}/totp']['get']['responses'][200]>;
export type CredentialDetail = JsonOf<CredentialPath['get']['responses'][200]>;

/** What the copy buttons need to know of a credential: the vault list's rows and an asset's linked credentials alike. */
export interface CopyableCredential {
  id: string;
  name: string;
  username?: string | null;
  hasPassword: boolean;
  hasTotp: boolean;
}

/** A credential as the vault lists it (its secret fields by name) in the copy buttons' terms. */
export function copyableOf(c: { id: string; name: string; username?: string | null; secretFields: string[] }): CopyableCredential {
  return { id: c.id, name: c.name, username: c.username, hasPassword: c.secretFields.includes(PASSWORD), hasTotp: c.secretFields.includes(OTP_SEED) };
}
