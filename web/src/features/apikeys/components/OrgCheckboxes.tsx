import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import type { OrgOption } from '../types';

const FILTER_THRESHOLD = 10;

export interface OrgCheckboxesProps {
  orgs: OrgOption[] | undefined;
  loading: boolean;
  error: unknown;
  value: string[];
  onChange: (orgIds: string[]) => void;
  invalid?: boolean;
  describedBy?: string;
}

/** The organisations as checkboxes (a multi-select that works with the keyboard), with a filter once there are many. */
export function OrgCheckboxes({ orgs, loading, error, value, onChange, invalid, describedBy }: OrgCheckboxesProps) {
  const [filter, setFilter] = useState('');
  if (loading) {
    return (
      <Spinner animation="border" size="sm" role="status">
        <span className="visually-hidden">Loading organisations…</span>
      </Spinner>
    );
  }
  if (error) return <div className="text-danger small">Could not load organisations: {errorMessage(error)}</div>;
  if (!orgs || orgs.length === 0) return <div className="text-body-secondary small">There are no organisations yet.</div>;

  const needle = filter.trim().toLowerCase();
  // Ticked organisations stay visible whatever the filter, so a choice is never hidden.
  const shown = needle ? orgs.filter((o) => value.includes(o.id) || o.name.toLowerCase().includes(needle) || o.slug.includes(needle)) : orgs;
  const toggle = (id: string, checked: boolean) => onChange(checked ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));

  return (
    <div aria-describedby={describedBy}>
      {orgs.length > FILTER_THRESHOLD && (
        <Form.Control
          size="sm"
          type="search"
          className="mb-2"
          aria-label="Filter organisations"
          placeholder="Type to filter"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ maxWidth: '20rem' }}
        />
      )}
      <div className="border rounded p-2" style={{ maxHeight: '14rem', overflowY: 'auto' }}>
        {shown.map((org) => (
          <Form.Check
            key={org.id}
            id={`apikey-org-${org.id}`}
            type="checkbox"
            label={org.name}
            checked={value.includes(org.id)}
            isInvalid={invalid}
            onChange={(e) => toggle(org.id, e.target.checked)}
          />
        ))}
        {shown.length === 0 && <div className="text-body-secondary small">No match.</div>}
      </div>
    </div>
  );
}
