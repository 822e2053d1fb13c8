import { revealSecret } from './useRevealSecret';
import { getTotpCode } from './useTotpCode';
import { secretReasonObject } from './secretFields';

/**
 * A stored secret for a copy button, fetched through the audited reveal endpoint when the button is pressed; a
 * re-auth prompt then reads "Confirm it is you to copy this password".
 */
export function secretToCopy(orgId: string, credentialId: string, field: string): () => Promise<string> {
  return async () => (await revealSecret({ orgId, credentialId, field, reason: `copy ${secretReasonObject(field)}` })).value;
}

/** The credential's current one-time code for a copy button. */
export function totpCodeToCopy(orgId: string, credentialId: string): () => Promise<string> {
  return async () => (await getTotpCode(orgId, credentialId, 'copy the one-time code')).code;
}
