import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { TagButtons } from '../../../components/TagButtons';
import { CredentialCopyButtons } from '../../../entities/credential/CredentialCopyButtons';
import { OTP_SEED, PASSWORD } from '../../../entities/credential/secretFields';
import { SecretIcons } from '../../../entities/credential/SecretIcons';
import type { Credential } from '../types';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface CredentialsTableProps {
  orgId: string;
  credentials: Credential[];
  busy: boolean;
  /** vault.reveal: the password and one-time code can be copied from the list. */
  canReveal: boolean;
  /** Clicking a tag filters the list by it. */
  onTag: (tag: string) => void;
}

const copyable = (c: Credential) => ({ ...c, hasPassword: c.secretFields.includes(PASSWORD), hasTotp: c.secretFields.includes(OTP_SEED) });

export function CredentialsTable({ orgId, credentials, busy, canReveal, onTag }: CredentialsTableProps) {
  return (
    <DataTable
      label="Credentials"
      rows={credentials}
      rowKey={(c) => c.id}
      busy={busy}
      columns={[
        { header: 'Name', cell: (c) => <Link to={`/orgs/${orgId}/vault/${c.id}`}>{c.name}</Link> },
        // Second, so a phone shows the copy buttons without scrolling the table sideways.
        { header: 'Copy', className: 'text-nowrap', cell: (c) => <CredentialCopyButtons orgId={orgId} credential={copyable(c)} canReveal={canReveal} /> },
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
        { header: 'Updated', className: 'text-nowrap', cell: (c) => <time dateTime={c.updatedAt}>{dateFormat.format(new Date(c.updatedAt))}</time> },
      ]}
    />
  );
}

