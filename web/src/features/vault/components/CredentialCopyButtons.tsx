import { CopyButton } from '../../../components/CopyButton';
import { secretToCopy, totpCodeToCopy } from '../copyValues';
import { OTP_SEED, PASSWORD } from '../secretFields';
import type { Credential } from '../types';
import { ClockIcon, KeyIcon, PersonIcon } from './SecretIcons';

/** A button's place when the credential has nothing of its kind, so the three stay in line from row to row. */
const gap = <span className="d-inline-block" style={{ width: '2.125rem' }} />;

/**
 * Copy username, password and one-time code without opening the credential (values fetched on press); each button
 * shows what it copies (person, key, clock) and is named "Copy password of <name>". The vault's list and the client's
 * overview (pinned credentials) show them.
 */
export function CredentialCopyButtons({ orgId, credential: c, canReveal }: { orgId: string; credential: Pick<Credential, 'id' | 'name' | 'username' | 'secretFields'>; canReveal: boolean }) {
  return (
    <span className="d-inline-flex gap-1">
      {c.username ? (
        <CopyButton what="Username" label={`Copy username of ${c.name}`} text={null} icon={<PersonIcon />} secret={false} getValue={() => c.username ?? ''} />
      ) : (
        gap
      )}
      {canReveal && c.secretFields.includes(PASSWORD) ? (
        <CopyButton what="Password" label={`Copy password of ${c.name}`} text={null} icon={<KeyIcon />} getValue={secretToCopy(orgId, c.id, PASSWORD)} />
      ) : (
        gap
      )}
      {canReveal && c.secretFields.includes(OTP_SEED) && (
        <CopyButton what="One-time code" label={`Copy one-time code of ${c.name}`} text={null} icon={<ClockIcon />} getValue={totpCodeToCopy(orgId, c.id)} />
      )}
    </span>
  );
}
