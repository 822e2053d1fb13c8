import { useEffect, useRef } from 'react';
import Form from 'react-bootstrap/Form';
import OverlayTrigger from 'react-bootstrap/OverlayTrigger';
import Tooltip from 'react-bootstrap/Tooltip';
import { QueryState } from '../../components/QueryState';
import { usePermissionCatalog, type PermissionModule } from './usePermissionCatalog';

export const NOT_HELD_MESSAGE = 'You do not hold this permission';

export interface PermissionChecklistProps {
  /** Prefixes the checkbox ids: `<prefix>-module-<module>-all`, `<prefix>-<permission>`. */
  idPrefix: string;
  modules: PermissionModule[];
  value: string[];
  onChange: (permissions: string[]) => void;
  /** Whether the current user holds a permission: only those can be granted or taken away. */
  canGrant: (permission: string) => boolean;
  /** Why a permission can never be chosen here (shown under it), e.g. vault.reveal for API keys. */
  unavailable?: (permission: string) => string | undefined;
  /** Read-only view (built-in roles, no roles.manage). */
  disabled?: boolean;
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
  onChange: (checked: boolean) => void;
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
 * Permissions grouped by module: a fieldset per module, a checkbox per permission with its description, and a
 * select-all toggle. Only permissions the user holds can be ticked or unticked (a role or key never carries more
 * than its creator); the others are disabled with a tooltip saying why.
 */
export function PermissionChecklist({ idPrefix, modules, value, onChange, canGrant, unavailable, disabled = false, invalid, describedBy }: PermissionChecklistProps) {
  const selected = new Set(value);
  const offered = (permission: string) => !unavailable?.(permission) && canGrant(permission);

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
        const id = `${idPrefix}-module-${safeId(m.module)}`;
        // "Select all" only touches what the user may grant; the rest stays as it is.
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
              disabled={disabled || grantable.length === 0}
              onChange={(on) => setMany(grantable, on)}
            />
            {m.permissions.map((p) => {
              const never = unavailable?.(p.name);
              const held = canGrant(p.name);
              const inputId = `${idPrefix}-${safeId(p.name)}`;
              const check = (
                <Form.Check
                  type="checkbox"
                  id={inputId}
                  className="mb-1"
                  checked={!never && selected.has(p.name)}
                  disabled={disabled || Boolean(never) || !held}
                  isInvalid={invalid}
                  onChange={(e) => setMany([p.name], e.target.checked)}
                  aria-describedby={`${inputId}-help`}
                  label={
                    <>
                      <code>{p.name}</code>
                      <Form.Text id={`${inputId}-help`} muted className="d-block mt-0">
                        {p.description}
                        {never ? (
                          <span className="d-block fst-italic">Not available: {never}.</span>
                        ) : (
                          !held && <span className="visually-hidden"> ({NOT_HELD_MESSAGE})</span>
                        )}
                      </Form.Text>
                    </>
                  }
                />
              );
              if (never || held || disabled) return <div key={p.name}>{check}</div>;
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

/** The checklist over the platform's permission catalog, loading it first (it is read once per session). */
export function PermissionPicker(props: Omit<PermissionChecklistProps, 'modules'>) {
  const catalog = usePermissionCatalog();
  return (
    <QueryState query={catalog} what="the permissions" inline>
      {(data) => <PermissionChecklist modules={data.modules} {...props} />}
    </QueryState>
  );
}
