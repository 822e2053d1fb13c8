import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { TagButtons } from '../../../components/TagButtons';
import type { Credential } from '../types';
import { CredentialCopyButtons } from '../../../entities/credential/CredentialCopyButtons';
import { copyableOf } from '../../../entities/credential/types';
import { SecretIcons } from '../../../entities/credential/SecretIcons';
import { shortDateTime } from '../../../lib/dates';

const dateFormat = shortDateTime;

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
        { header: 'Copy', className: 'text-nowrap', cell: (c) => <CredentialCopyButtons orgId={orgId} credential={copyableOf(c)} canReveal={canReveal} /> },
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

