import { Link } from 'react-router';
import Badge from 'react-bootstrap/Badge';
import Button from 'react-bootstrap/Button';
import Table from 'react-bootstrap/Table';
import { safeHref } from '../secretFields';
import type { Credential } from '../types';
import { SecretIcons } from './SecretIcons';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface CredentialsTableProps {
  orgId: string;
  credentials: Credential[];
  busy: boolean;
  /** Clicking a tag filters the list by it. */
  onTag(tag: string): void;
}

export function CredentialsTable({ orgId, credentials, busy, onTag }: CredentialsTableProps) {
  return (
    <Table hover responsive aria-label="Credentials" aria-busy={busy}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Username</th>
          <th scope="col">URL</th>
          <th scope="col">Tags</th>
          <th scope="col">Secrets</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {credentials.map((c) => {
          const href = safeHref(c.url);
          return (
            <tr key={c.id}>
              <td>
                <Link to={`/orgs/${orgId}/vault/${c.id}`}>{c.name}</Link>
              </td>
              <td className="text-break">{c.username}</td>
              <td className="text-break">
                {href ? (
                  <a href={href} target="_blank" rel="noopener noreferrer">
                    {c.url}
                  </a>
                ) : (
                  c.url
                )}
              </td>
              <td>
                <span className="d-inline-flex flex-wrap gap-1">
                  {c.tags.map((tag) => (
                    <Button
                      key={tag}
                      variant="link"
                      size="sm"
                      className="p-0 text-decoration-none"
                      aria-label={`Filter by tag ${tag}`}
                      onClick={() => onTag(tag)}
                    >
                      <Badge bg="secondary">{tag}</Badge>
                    </Button>
                  ))}
                </span>
              </td>
              <td>
                <SecretIcons fields={c.secretFields} />
              </td>
              <td className="text-nowrap">
                <time dateTime={c.updatedAt}>{dateFormat.format(new Date(c.updatedAt))}</time>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
