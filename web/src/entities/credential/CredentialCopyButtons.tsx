import { CopyButton } from '../../components/CopyButton';
import { secretToCopy, totpCodeToCopy } from './copyValues';
import { PASSWORD } from './secretFields';
import { ClockIcon, KeyIcon, PersonIcon } from './SecretIcons';
import type { CopyableCredential } from './types';

/** A button's place when the credential has nothing of its kind, so the three stay in line from row to row. */
const gap = <span className="d-inline-block" style={{ width: '2.125rem' }} />;

export interface CredentialCopyButtonsProps {
  orgId: string;
  credential: CopyableCredential;
  /** vault.reveal: the password and one-time code can be copied. */
  canReveal: boolean;
}

/**
 * Copy username, password and one-time code without opening the credential (values fetched on press); each button
 * shows what it copies (person, key, clock) and is named "Copy password of <name>".
 */
export function CredentialCopyButtons({ orgId, credential: c, canReveal }: CredentialCopyButtonsProps) {
  return (
    <span className="d-inline-flex gap-1">
      {c.username ? (
        <CopyButton what="Username" label={`Copy username of ${c.name}`} text={null} icon={<PersonIcon />} secret={false} getValue={() => c.username ?? ''} />
      ) : (
        gap
      )}
      {canReveal && c.hasPassword ? (
        <CopyButton what="Password" label={`Copy password of ${c.name}`} text={null} icon={<KeyIcon />} getValue={secretToCopy(orgId, c.id, PASSWORD)} />
      ) : (
        gap
      )}
      {canReveal && c.hasTotp && (
        <CopyButton what="One-time code" label={`Copy one-time code of ${c.name}`} text={null} icon={<ClockIcon />} getValue={totpCodeToCopy(orgId, c.id)} />
      )}
    </span>
  );
}
