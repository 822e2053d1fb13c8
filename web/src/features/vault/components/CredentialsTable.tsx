import { Link } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { ExternalLink } from '../../../components/ExternalLink';
import { TagButtons } from '../../../components/TagButtons';
import type { Credential } from '../types';
import { SecretIcons } from './SecretIcons';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface CredentialsTableProps {
  orgId: string;
  credentials: Credential[];
  busy: boolean;
  /** Clicking a tag filters the list by it. */
  onTag: (tag: string) => void;
}

export function CredentialsTable({ orgId, credentials, busy, onTag }: CredentialsTableProps) {
  return (
    <DataTable
      label="Credentials"
      rows={credentials}
      rowKey={(c) => c.id}
      busy={busy}
      columns={[
        { header: 'Name', cell: (c) => <Link to={`/orgs/${orgId}/vault/${c.id}`}>{c.name}</Link> },
        { header: 'Username', className: 'text-break', cell: (c) => c.username },
        { header: 'URL', className: 'text-break', cell: (c) => <ExternalLink url={c.url} /> },
        { header: 'Tags', cell: (c) => <TagButtons tags={c.tags} onTag={onTag} /> },
        { header: 'Secrets', cell: (c) => <SecretIcons fields={c.secretFields} /> },
        { header: 'Updated', className: 'text-nowrap', cell: (c) => <time dateTime={c.updatedAt}>{dateFormat.format(new Date(c.updatedAt))}</time> },
      ]}
    />
  );
}

