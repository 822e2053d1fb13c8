import { Link } from 'react-router';
import { CopyButton } from '../../../components/CopyButton';
import { DataTable } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { TagButtons } from '../../../components/TagButtons';
import { secretToCopy, totpCodeToCopy } from '../copyValues';
import { OTP_SEED, PASSWORD } from '../secretFields';
import type { Credential } from '../types';
import { ClockIcon, KeyIcon, PersonIcon, SecretIcons } from './SecretIcons';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface CredentialsTableProps {
  orgId: string;
  credentials: Credential[];
  busy: boolean;
  sort: string;
  onSort: (sort: string) => void;
  /** vault.reveal: the password and one-time code can be copied from the list. */
  canReveal: boolean;
  /** Clicking a tag filters the list by it. */
  onTag: (tag: string) => void;
}

/** A button's place when the credential has nothing of its kind, so the three stay in line from row to row. */
const gap = <span className="d-inline-block" style={{ width: '2.125rem' }} />;

/**
 * Copy username, password and one-time code without opening the credential (values fetched on press); each button
 * shows what it copies (person, key, clock) and is named "Copy password of <name>".
 */
function CopyCell({ orgId, credential: c, canReveal }: { orgId: string; credential: Credential; canReveal: boolean }) {
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

export function CredentialsTable({ orgId, credentials, busy, canReveal, onTag, sort, onSort }: CredentialsTableProps) {
  return (
    <DataTable
      label="Credentials"
      rows={credentials}
      rowKey={(c) => c.id}
      busy={busy}
      sort={sort}
      onSort={onSort}
      columns={[
        { header: 'Name', sortKey: 'name', cell: (c) => <Link to={`/orgs/${orgId}/vault/${c.id}`}>{c.name}</Link> },
        // Second, so a phone shows the copy buttons without scrolling the table sideways.
        { header: 'Copy', className: 'text-nowrap', cell: (c) => <CopyCell orgId={orgId} credential={c} canReveal={canReveal} /> },
        // Kept whole (a narrow screen scrolls the table sideways): a username or URL broken letter by letter is unreadable.
        { header: 'Username', className: 'text-nowrap', cell: (c) => c.username },
        {
          header: 'URL',
          cell: (c) =>
            c.url && (
              <span className="d-inline-block text-truncate align-bottom" style={{ maxWidth: '16rem' }} title={c.url}>
                <ExternalLink url={c.url} />
              </span>
            ),
        },
        { header: 'Tags', cell: (c) => <TagButtons tags={c.tags} onTag={onTag} /> },
        { header: 'Secrets', cell: (c) => <SecretIcons fields={c.secretFields} /> },
        { header: 'Updated', sortKey: 'updatedAt', className: 'text-nowrap', cell: (c) => <time dateTime={c.updatedAt}>{dateFormat.format(new Date(c.updatedAt))}</time> },
      ]}
    />
  );
}

