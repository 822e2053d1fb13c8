import { useEffect, useRef } from 'react';
import Form from 'react-bootstrap/Form';
import OverlayTrigger from 'react-bootstrap/OverlayTrigger';
import Tooltip from 'react-bootstrap/Tooltip';
import { NEVER_GRANTABLE, type PermissionModule } from '../types';

export const NOT_HELD_MESSAGE = 'You do not hold this permission';
export const NEVER_MESSAGE = 'never available to API keys';

export interface ScopePickerProps {
  modules: PermissionModule[];
  value: string[];
  onChange(scopes: string[]): void;
  /** Whether the current user holds a permission where the key will work: a key never carries more than its creator. */
  canGrant(permission: string): boolean;
  invalid?: boolean;
  describedBy?: string;
}

function safeId(name: string) {
  return name.replace(/[^a-zA-Z0-9_-]/g, '-');
}

function SelectAll({ id, module, checked, indeterminate, disabled, onChange }: {
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

/**
 * The key's scopes, grouped by module like the roles' permission picker. Only permissions the user holds are
 * offered; vault.reveal is shown but never offered, since revealing secrets needs a person who re-authenticated.
 */
export function ScopePicker({ modules, value, onChange, canGrant, invalid, describedBy }: ScopePickerProps) {
  const selected = new Set(value);
  const offered = (permission: string) => !NEVER_GRANTABLE.has(permission) && canGrant(permission);

  const setMany = (names: string[], on: boolean) => {
    const next = new Set(value);
    for (const n of names) {
      if (on) next.add(n);
      else next.delete(n);
    }
    onChange([...next]);
  };

  return (
    <div className="d-flex flex-column gap-3" aria-describedby={describedBy}>
      {modules.map((m) => {
        const id = `scope-module-${safeId(m.module)}`;
        const grantable = m.permissions.map((p) => p.name).filter(offered);
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
              disabled={grantable.length === 0}
              onChange={(on) => setMany(grantable, on)}
            />
            {m.permissions.map((p) => {
              const never = NEVER_GRANTABLE.has(p.name);
              const held = canGrant(p.name);
              const inputId = `scope-${safeId(p.name)}`;
              const check = (
                <Form.Check
                  type="checkbox"
                  id={inputId}
                  className="mb-1"
                  checked={!never && selected.has(p.name)}
                  disabled={never || !held}
                  isInvalid={invalid}
                  onChange={(e) => setMany([p.name], e.target.checked)}
                  aria-describedby={`${inputId}-help`}
                  label={
                    <>
                      <code>{p.name}</code>
                      <Form.Text id={`${inputId}-help`} muted className="d-block mt-0">
                        {p.description}
                        {never ? (
                          <span className="d-block fst-italic">Not available: {NEVER_MESSAGE}.</span>
                        ) : (
                          !held && <span className="visually-hidden"> ({NOT_HELD_MESSAGE})</span>
                        )}
                      </Form.Text>
                    </>
                  }
                />
              );
              if (never || held) return <div key={p.name}>{check}</div>;
              // Disabled inputs get no pointer events: the wrapper carries the tooltip.
              return (
                <OverlayTrigger key={p.name} placement="top-start" overlay={<Tooltip id={`${inputId}-tip`}>{NOT_HELD_MESSAGE}</Tooltip>}>
                  <div data-testid={`${p.name}-not-held`}>{check}</div>
                </OverlayTrigger>
              );
            })}
          </fieldset>
        );
      })}
    </div>
  );
}
