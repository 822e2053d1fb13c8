import { useEffect, useRef } from 'react';
import Form from 'react-bootstrap/Form';
import OverlayTrigger from 'react-bootstrap/OverlayTrigger';
import Tooltip from 'react-bootstrap/Tooltip';
import type { PermissionModule } from '../types';

export const NOT_HELD_MESSAGE = 'You do not hold this permission';

export interface PermissionPickerProps {
  modules: PermissionModule[];
  value: string[];
  onChange(permissions: string[]): void;
  /** Whether the current user holds a permission: only those can be granted or taken away. */
  canGrant(permission: string): boolean;
  /** Read-only view (built-in roles, no roles.manage). */
  disabled?: boolean;
  invalid?: boolean;
}

function moduleId(module: string) {
  return `perm-module-${module.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
}

function SelectAll({
  id,
  module,
  checked,
  indeterminate,
  disabled,
  onChange,
}: {
  id: string;
  module: string;
  checked: boolean;
  indeterminate: boolean;
  disabled: boolean;
  onChange(checked: boolean): void;
}) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <Form.Check
      ref={ref}
      type="switch"
      id={id}
      className="mb-2"
      label={<span className="small">Select all in {module}</span>}
      aria-label={`Select all in ${module}`}
      checked={checked}
      disabled={disabled}
      onChange={(e) => onChange(e.target.checked)}
    />
  );
}

/** Permissions grouped by module: a fieldset per module, a checkbox per permission, and a select-all toggle. */
export function PermissionPicker({ modules, value, onChange, canGrant, disabled = false, invalid }: PermissionPickerProps) {
  const selected = new Set(value);

  const setMany = (names: string[], on: boolean) => {
    const next = new Set(value);
    for (const n of names) {
      if (on) next.add(n);
      else next.delete(n);
    }
    onChange([...next]);
  };

  return (
    <div className="d-flex flex-column gap-3">
      {modules.map((m) => {
        const id = moduleId(m.module);
        // "Select all" only touches what the user may grant; the rest stays as it is.
        const grantable = m.permissions.map((p) => p.name).filter(canGrant);
        const selectedGrantable = grantable.filter((n) => selected.has(n));
        const all = grantable.length > 0 && selectedGrantable.length === grantable.length;
        return (
          <fieldset key={m.module} className="border rounded p-3" aria-labelledby={`${id}-legend`}>
            <legend id={`${id}-legend`} className="fs-6 fw-semibold float-none w-auto px-1 mb-1">
              {m.module}
            </legend>
            <SelectAll
              id={`${id}-all`}
              module={m.module}
              checked={all}
              indeterminate={!all && selectedGrantable.length > 0}
              disabled={disabled || grantable.length === 0}
              onChange={(on) => setMany(grantable, on)}
            />
            {m.permissions.map((p) => {
              const held = canGrant(p.name);
              const inputId = `perm-${p.name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
              const check = (
                <Form.Check
                  type="checkbox"
                  id={inputId}
                  className="mb-1"
                  checked={selected.has(p.name)}
                  disabled={disabled || !held}
                  isInvalid={invalid}
                  onChange={(e) => setMany([p.name], e.target.checked)}
                  aria-describedby={`${inputId}-help`}
                  label={
                    <>
                      <code>{p.name}</code>
                      <Form.Text id={`${inputId}-help`} muted className="d-block mt-0">
                        {p.description}
                        {!held && <span className="visually-hidden"> ({NOT_HELD_MESSAGE})</span>}
                      </Form.Text>
                    </>
                  }
                />
              );
              if (held || disabled) return <div key={p.name}>{check}</div>;
              // Disabled inputs get no pointer events: the wrapper carries the tooltip.
              return (
                <OverlayTrigger key={p.name} placement="top-start" overlay={<Tooltip id={`${inputId}-tip`}>{NOT_HELD_MESSAGE}</Tooltip>}>
                  <div data-testid={`${p.name}-not-held`}>
                    {check}
                  </div>
                </OverlayTrigger>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
