import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { errorMessage } from '../../../lib/problem';
import type { RoleOption } from '../types';

export interface RoleCheckboxesProps {
  /** Prefix for the checkbox ids, unique per form. */
  idPrefix: string;
  roles: RoleOption[] | undefined;
  loading: boolean;
  error: unknown;
  value: string[];
  onChange: (roleIds: string[]) => void;
  invalid?: boolean;
  describedBy?: string;
}

/** The organisation's roles as a list of checkboxes (a multi-select that works with the keyboard). */
export function RoleCheckboxes({ idPrefix, roles, loading, error, value, onChange, invalid, describedBy }: RoleCheckboxesProps) {
  if (loading) {
    return (
      <Spinner animation="border" size="sm" role="status">
        <span className="visually-hidden">Loading roles…</span>
      </Spinner>
    );
  }
  if (error) return <div className="text-danger small">Could not load roles: {errorMessage(error)}</div>;
  if (!roles || roles.length === 0) return <div className="text-body-secondary small">This organisation has no roles.</div>;

  const toggle = (id: string, checked: boolean) =>
    onChange(checked ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));

  return (
    <div aria-describedby={describedBy}>
      {roles.map((role) => (
        <Form.Check
          key={role.id}
          id={`${idPrefix}-${role.id}`}
          type="checkbox"
          label={
            <>
              {role.name}
              {role.description && <span className="text-body-secondary small"> — {role.description}</span>}
            </>
          }
          aria-label={role.name}
          checked={value.includes(role.id)}
          isInvalid={invalid}
          onChange={(e) => toggle(role.id, e.target.checked)}
        />
      ))}
    </div>
  );
}
