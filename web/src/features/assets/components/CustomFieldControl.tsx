import Form from 'react-bootstrap/Form';
import { customFieldId } from '../customFields';
import type { CustomFieldDefinition, CustomFieldInput } from '../types';

export interface CustomFieldControlProps {
  field: CustomFieldDefinition;
  value: CustomFieldInput | undefined;
  onChange: (value: CustomFieldInput) => void;
  /** The API's message for `customFields.<key>`. */
  error?: string;
}

/** One input for a custom field, chosen by its definition's type, with its API error underneath. */
export function CustomFieldControl({ field, value, onChange, error }: CustomFieldControlProps) {
  const key = field.key ?? '';
  const id = customFieldId(key);
  const label = (
    <>
      {field.label || key}
      {field.required && (
        <span className="text-danger ms-1" aria-hidden="true">
          *
        </span>
      )}
    </>
  );
  const invalid = {
    isInvalid: Boolean(error),
    'aria-describedby': error ? `${id}-error` : undefined,
    'aria-required': field.required || undefined,
  };
  const feedback = (
    <Form.Control.Feedback type="invalid" id={`${id}-error`} className={error && field.type === 'bool' ? 'd-block' : undefined}>
      {error}
    </Form.Control.Feedback>
  );
  const text = typeof value === 'string' ? value : '';

  if (field.type === 'bool') {
    return (
      <Form.Group className="mb-3" controlId={id}>
        <Form.Check type="checkbox" label={label} checked={value === true} onChange={(e) => onChange(e.target.checked)} {...invalid} />
        {feedback}
      </Form.Group>
    );
  }

  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{label}</Form.Label>
      {field.type === 'select' ? (
        <Form.Select value={text} onChange={(e) => onChange(e.target.value)} {...invalid}>
          <option value="">{field.required ? 'Choose…' : 'None'}</option>
          {(field.options ?? []).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </Form.Select>
      ) : (
        <Form.Control
          type={field.type === 'number' || field.type === 'date' || field.type === 'url' ? field.type : 'text'}
          step={field.type === 'number' ? 'any' : undefined}
          placeholder={field.type === 'url' ? 'https://' : undefined}
          maxLength={field.type === 'text' ? 2000 : undefined}
          value={text}
          onChange={(e) => onChange(e.target.value)}
          {...invalid}
        />
      )}
      {feedback}
    </Form.Group>
  );
}
