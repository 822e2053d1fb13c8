import type { FormEvent, ReactNode } from 'react';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import Alert from 'react-bootstrap/Alert';
import Button, { type ButtonProps } from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import type { FormControlProps } from 'react-bootstrap/FormControl';
import type { FormSelectProps } from 'react-bootstrap/FormSelect';
import Spinner from 'react-bootstrap/Spinner';
import { useFieldError } from '../lib/fieldErrors';
import type { FormErrors } from '../lib/problem';

interface FieldFrameProps {
  /** The control's id; its error and help text get `<id>-error` and `<id>-help`. */
  id: string;
  label: ReactNode;
  /** The API's message for this field; marks the control invalid. */
  error?: string;
  help?: ReactNode;
  /** A small label over the control, for dense forms. */
  compactLabel?: boolean;
  /** Only screen readers see the label (search boxes and filters with a placeholder). */
  hideLabel?: boolean;
  className?: string;
  /** Under the error, e.g. a "Remove" checkbox. */
  after?: ReactNode;
}

/** What the control's aria-describedby lists: its error, its help text, then anything else that describes it. */
function describedBy(id: string, error: string | undefined, help: ReactNode, more?: string): string | undefined {
  return [error && `${id}-error`, help && `${id}-help`, more].filter(Boolean).join(' ') || undefined;
}

function FieldFrame({ id, label, error, help, compactLabel, hideLabel, className, after, children }: FieldFrameProps & { children: ReactNode }) {
  return (
    <Form.Group controlId={id} className={className}>
      <Form.Label className={hideLabel ? 'visually-hidden' : compactLabel ? 'small mb-1' : undefined}>{label}</Form.Label>
      {children}
      {help && (
        <Form.Text id={`${id}-help`} muted>
          {help}
        </Form.Text>
      )}
      <Form.Control.Feedback type="invalid" id={`${id}-error`}>
        {error}
      </Form.Control.Feedback>
      {after}
    </Form.Group>
  );
}

export type TextFieldProps = FieldFrameProps &
  Omit<FormControlProps, 'id' | 'isInvalid' | 'as' | 'className'> & {
    /** A textarea of this many rows. */
    rows?: number;
    /** Classes of the input itself (`className` styles the group around label and input). */
    controlClassName?: string;
    /** Ids of more text describing the input, e.g. a strength meter in `after`. */
    describedBy?: string;
  };

/** A labelled input (or textarea) with the API's error under it, announced with the control. */
export function TextField({ id, label, error: apiError, help, compactLabel, hideLabel, className, after, rows, controlClassName, describedBy: more, ...control }: TextFieldProps) {
  const { ref, error, clear } = useFieldError<HTMLInputElement & HTMLTextAreaElement>(apiError);
  return (
    <FieldFrame id={id} label={label} error={error} help={help} compactLabel={compactLabel} hideLabel={hideLabel} className={className} after={after}>
      <Form.Control
        {...control}
        {...(rows ? { as: 'textarea' as const, rows } : {})}
        ref={ref}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => {
          clear();
          control.onChange?.(e);
        }}
        className={controlClassName}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help, more)}
      />
    </FieldFrame>
  );
}

export interface Option {
  value: string;
  label: string;
}

export type SelectFieldProps = FieldFrameProps &
  Omit<FormSelectProps, 'id' | 'isInvalid'> & {
    /** The choices; `children` may add more (e.g. an empty first option). */
    options?: readonly Option[];
  };

/** A labelled select with the API's error under it. */
export function SelectField({ id, label, error: apiError, help, compactLabel, hideLabel, className, after, options, children, ...control }: SelectFieldProps) {
  const { ref, error, clear } = useFieldError<HTMLSelectElement>(apiError);
  return (
    <FieldFrame id={id} label={label} error={error} help={help} compactLabel={compactLabel} hideLabel={hideLabel} className={className} after={after}>
      <Form.Select
        {...control}
        ref={ref}
        onChange={(e) => {
          clear();
          control.onChange?.(e);
        }}
        isInvalid={Boolean(error)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, help)}
      >
        {children}
        {options?.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Form.Select>
    </FieldFrame>
  );
}

/** The messages of a failed submit that belong to no field, above the form. */
export function FormAlert<TField extends string>({ errors, variant = 'danger', compact = false }: { errors: FormErrors<TField> | null; variant?: string; compact?: boolean }) {
  if (!errors || errors.formErrors.length === 0) return null;
  return (
    <Alert variant={variant} role="alert" className={compact ? 'small p-2' : undefined}>
      {errors.formErrors.map((m) => (
        <div key={m}>{m}</div>
      ))}
    </Alert>
  );
}

/** A submit button that shows a spinner while the form's mutation runs. */
export function SubmitButton({ pending, children, variant = 'primary', ...button }: ButtonProps & { pending: boolean }) {
  return (
    <Button type="submit" variant={variant} {...button}>
      {pending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
      {children}
    </Button>
  );
}

export interface FormActionsProps {
  submitLabel: ReactNode;
  pending: boolean;
  onCancel: () => void;
  size?: 'sm';
  className?: string;
  disabled?: boolean;
}

/** Submit and Cancel, side by side under a form. */
export function FormActions({ submitLabel, pending, onCancel, size, className = 'd-flex gap-2', disabled }: FormActionsProps) {
  return (
    <div className={className}>
      <SubmitButton pending={pending} size={size} disabled={disabled}>
        {submitLabel}
      </SubmitButton>
      <Button size={size} variant="outline-secondary" onClick={onCancel}>
        Cancel
      </Button>
    </div>
  );
}

/** The search and filter controls above a list; they apply as they change, so the form never submits. */
export function FilterForm({ label, children, className = 'mb-3' }: { label: string; children: ReactNode; className?: string }) {
  return (
    <Form role="search" aria-label={label} onSubmit={(e: FormEvent) => e.preventDefault()} className={className}>
      {children}
    </Form>
  );
}

export interface SearchFieldProps extends Omit<TextFieldProps, 'type' | 'onChange' | 'value' | 'hideLabel'> {
  value: string;
  onChange: (value: string) => void;
}

/** A list's search box: the placeholder says what it searches, the label is for screen readers. */
export function SearchField({ onChange, ...field }: SearchFieldProps) {
  return <TextField {...field} type="search" hideLabel onChange={(e) => onChange(e.target.value)} />;
}

export interface SortSelectProps {
  id: string;
  label?: string;
  sorts: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}

/** A list's order (see useSortParam), labelled for screen readers. */
export function SortSelect({ id, label = 'Sort by', sorts, value, onChange }: SortSelectProps) {
  return <SelectField id={id} label={label} hideLabel value={value} options={sorts} onChange={(e) => onChange(e.target.value)} />;
}

export interface ListFiltersProps {
  /** Names the filter form ("Filter users"). */
  label: string;
  search: SearchFieldProps;
  sort?: SortSelectProps;
  /** One more filter between the two, e.g. a status select. */
  children?: ReactNode;
}

/** The usual bar above a list: a search box, maybe one filter, and the sort order. */
export function ListFilters({ label, search, sort, children }: ListFiltersProps) {
  return (
    <FilterForm label={label}>
      <Row className="g-2">
        <Col md={sort || children ? 6 : 12}>
          <SearchField {...search} />
        </Col>
        {children && <Col md={3}>{children}</Col>}
        {sort && (
          <Col md={3}>
            <SortSelect {...sort} />
          </Col>
        )}
      </Row>
    </FilterForm>
  );
}

export interface InlineFormProps<TField extends string> {
  /** The form's accessible name ("New rack"). */
  label: string;
  /** A heading inside the box. */
  title?: ReactNode;
  errors: FormErrors<TField> | null;
  /** Replaces the alert of form-level errors (e.g. a StaleAlert for a 412). */
  alert?: ReactNode;
  /** While the mutation runs the fields are disabled and the submit button spins. */
  pending: boolean;
  submitLabel: ReactNode;
  onSubmit: () => void;
  onCancel: () => void;
  /** Small controls and spacing, for forms in a sidebar or a table section. */
  compact?: boolean;
  className?: string;
  children: ReactNode;
}

/**
 * A create or edit form shown in place (not in a dialog): a bordered box with the API's form-level errors on top,
 * the fields, then Submit and Cancel. Field errors are the fields' own (see TextField).
 */
export function InlineForm<TField extends string>({ label, title, errors, alert, pending, submitLabel, onSubmit, onCancel, compact = false, className, children }: InlineFormProps<TField>) {
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit();
  }
  return (
    // noValidate: the API is the source of truth for validation; its messages show per field.
    <Form noValidate onSubmit={submit} aria-label={label} className={className ?? (compact ? 'border rounded p-2 mt-2' : 'border rounded p-3 mb-4')}>
      {title}
      {alert ?? <FormAlert errors={errors} compact={compact} />}
      <fieldset disabled={pending}>
        {children}
        <FormActions className={`d-flex gap-2 ${compact ? 'mt-2' : 'mt-3'}`} submitLabel={submitLabel} pending={pending} onCancel={onCancel} size={compact ? 'sm' : undefined} />
      </fieldset>
    </Form>
  );
}
