import { CredentialCopyButtons as CopyButtons } from '../../../entities/credential/CredentialCopyButtons';
import { OTP_SEED, PASSWORD } from '../../../entities/credential/secretFields';
import type { Credential } from '../types';

/**
 * The copy buttons (username, password, one-time code) for a credential as the vault's list and the client's overview
 * (pinned credentials) have it: which secrets it holds comes from its `secretFields`.
 */
export function CredentialCopyButtons({ orgId, credential: c, canReveal }: { orgId: string; credential: Pick<Credential, 'id' | 'name' | 'username' | 'secretFields'>; canReveal: boolean }) {
  const copyable = { id: c.id, name: c.name, username: c.username, hasPassword: c.secretFields.includes(PASSWORD), hasTotp: c.secretFields.includes(OTP_SEED) };
  return <CopyButtons orgId={orgId} credential={copyable} canReveal={canReveal} />;
}
