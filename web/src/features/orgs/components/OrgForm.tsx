import { useState, type FormEvent, type ReactNode } from 'react';
import Form from 'react-bootstrap/Form';
import { FormAlert, SubmitButton, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf } from '../../../lib/problem';
import { orgFormFields, type OrgFormField, type OrgFormValues } from '../types';

export interface OrgFormProps {
  initialValues?: Partial<OrgFormValues>;
  submitLabel: string;
  submitting: boolean;
  /** The last mutation error, if any. */
  error?: unknown;
  /** Replaces the generic top alert (e.g. the edit page's "changed by someone else"). */
  alert?: ReactNode;
  onSubmit: (values: OrgFormValues) => void;
  /** Extra actions shown beside the submit button. */
  children?: ReactNode;
  /** Shows the values without letting them be edited (no settings.manage); hides the actions. */
  readOnly?: boolean;
}

const empty: OrgFormValues = { name: '', slug: '', notes: '' };

/** Name, slug and notes; 400/409 field errors go next to the fields, everything else to the top alert. */
export function OrgForm({ initialValues, submitLabel, submitting, error, alert, onSubmit, children, readOnly = false }: OrgFormProps) {
  const [values, setValues] = useState<OrgFormValues>({ ...empty, ...initialValues });
  const errors = formErrorsOf(error, orgFormFields);
  const field = (name: OrgFormField) => ({
    id: `org-${name}`,
    name,
    className: 'mb-3',
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    error: fieldMessage(errors, name),
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!readOnly) onSubmit(values);
  }

  return (
    // noValidate: the API is the source of truth for validation; its messages show per field.
    <Form noValidate onSubmit={handleSubmit} aria-label="Organisation">
      {alert ?? <FormAlert errors={errors} />}
      <fieldset disabled={submitting || readOnly}>
        <TextField label="Name" required maxLength={200} {...field('name')} />
        <TextField label="Slug" help="Lowercase letters, digits and hyphens. Leave empty to derive it from the name." {...field('slug')} />
        <TextField label="Notes" rows={4} {...field('notes')} className="mb-4" />
        {!readOnly && (
          <div className="d-flex flex-wrap gap-2">
            <SubmitButton pending={submitting}>{submitLabel}</SubmitButton>
            {children}
          </div>
        )}
      </fieldset>
    </Form>
  );
}
