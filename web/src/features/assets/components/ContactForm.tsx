import { useState, type FormEvent } from 'react';
import Alert from 'react-bootstrap/Alert';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import Spinner from 'react-bootstrap/Spinner';
import { useSaveContact } from '../api/useSaveContact';
import { simpleFormErrors } from '../formErrors';
import { contactFormFields, type Contact, type ContactFormField, type SaveContactBody } from '../types';

export interface ContactFormProps {
  orgId: string;
  /** Absent to create a contact. */
  contact?: Contact;
  onSaved(contact: Contact): void;
  onCancel(): void;
}

const fieldLabels: Record<ContactFormField, string> = { name: 'Contact name', email: 'Email', phone: 'Phone', role: 'Role', notes: 'Notes' };

/** Creates or edits a contact; on edit only changed fields are sent, an emptied one as "" (which clears it). */
export function ContactForm({ orgId, contact, onSaved, onCancel }: ContactFormProps) {
  const [values, setValues] = useState<Record<ContactFormField, string>>({
    name: contact?.name ?? '',
    email: contact?.email ?? '',
    phone: contact?.phone ?? '',
    role: contact?.role ?? '',
    notes: contact?.notes ?? '',
  });
  const save = useSaveContact();
  const errors = simpleFormErrors<ContactFormField>(save.error, contactFormFields);
  const fieldError = (field: ContactFormField) => errors?.fieldErrors[field]?.join(' ');
  const title = contact ? `Edit ${contact.name}` : 'New contact';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body: SaveContactBody = {};
    for (const field of contactFormFields) {
      const value = values[field].trim();
      if (contact ? value !== (contact[field] ?? '') : value !== '') body[field] = value;
    }
    if (contact && Object.keys(body).length === 0) {
      onCancel();
      return;
    }
    save.mutate({ orgId, contactId: contact?.id, body }, { onSuccess: onSaved });
  }

  const input = (field: ContactFormField, props: { type?: string; md: number; as?: 'textarea' }) => {
    const id = `contact-${field}`;
    return (
      <Col md={props.md}>
        <Form.Group controlId={id}>
          <Form.Label className="small mb-1">{fieldLabels[field]}</Form.Label>
          <Form.Control
            type={props.type}
            as={props.as}
            rows={props.as ? 2 : undefined}
            autoFocus={field === 'name'}
            value={values[field]}
            onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            isInvalid={Boolean(fieldError(field))}
            aria-describedby={fieldError(field) ? `${id}-error` : undefined}
          />
          <Form.Control.Feedback type="invalid" id={`${id}-error`}>
            {fieldError(field)}
          </Form.Control.Feedback>
        </Form.Group>
      </Col>
    );
  };

  return (
    <Form noValidate onSubmit={submit} aria-label={title} className="border rounded p-3 mb-3">
      <h3 className="h6">{title}</h3>
      {errors && errors.formErrors.length > 0 && (
        <Alert variant="danger" role="alert" className="small p-2">
          {errors.formErrors.join(' ')}
        </Alert>
      )}
      <fieldset disabled={save.isPending}>
        <Row className="g-2">
          {input('name', { md: 6 })}
          {input('role', { md: 6 })}
          {input('email', { md: 6, type: 'email' })}
          {input('phone', { md: 6, type: 'tel' })}
          {input('notes', { md: 12, as: 'textarea' })}
        </Row>
        <div className="d-flex gap-2 mt-2">
          <Button type="submit" size="sm" variant="primary">
            {save.isPending && <Spinner animation="border" size="sm" aria-hidden="true" className="me-1" />}
            {contact ? 'Save contact' : 'Create contact'}
          </Button>
          <Button size="sm" variant="outline-secondary" onClick={onCancel}>
            Cancel
          </Button>
        </div>
      </fieldset>
    </Form>
  );
}
