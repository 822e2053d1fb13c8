import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { StaleAlert } from '../../../components/ErrorAlert';
import { InlineForm, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useSaveContact } from '../api/useSaveContact';
import { contactFormFields, type Contact, type ContactFormField, type UpdateContactBody } from '../types';

export interface ContactFormProps {
  orgId: string;
  /** Absent to create a contact. */
  contact?: Contact;
  onSaved: (contact: Contact) => void;
  onCancel: () => void;
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
  const [isKey, setIsKey] = useState(contact?.isKey ?? false);
  const save = useSaveContact();
  const errors = formErrorsOf(save.error, contactFormFields);
  const title = contact ? `Edit ${contact.name}` : 'New contact';

  function submit() {
    const body: UpdateContactBody = {};
    for (const field of contactFormFields) {
      const value = values[field].trim();
      if (contact ? value !== (contact[field] ?? '') : value !== '') body[field] = value;
    }
    if (isKey !== (contact?.isKey ?? false)) body.isKey = isKey;
    if (contact && Object.keys(body).length === 0) {
      onCancel();
      return;
    }
    // A new contact always sends its name (empty when not typed, so the API names the missing field).
    save.mutate(contact ? { orgId, contactId: contact.id, etag: contact.etag, body } : { orgId, body: { ...body, name: body.name ?? '' } }, { onSuccess: onSaved });
  }

  const input = (field: ContactFormField, md: number, props: { type?: string; rows?: number } = {}) => (
    <Col md={md}>
      <TextField
        id={`contact-${field}`}
        label={fieldLabels[field]}
        compactLabel
        {...props}
        autoFocus={field === 'name'}
        value={values[field]}
        onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
        error={fieldMessage(errors, field)}
      />
    </Col>
  );

  return (
    <InlineForm
      label={title}
      title={<h3 className="h6">{title}</h3>}
      errors={errors}
      alert={
        hasStatus(save.error, 412) ? (
          <StaleAlert message="This contact was changed by someone else since you opened it, so your changes were not saved. Reload closes this form; the list then shows their version to edit again." onReload={onCancel} />
        ) : undefined
      }
      pending={save.isPending}
      submitLabel={contact ? 'Save contact' : 'Create contact'}
      onSubmit={submit}
      onCancel={onCancel}
      compact
      className="border rounded p-3 mb-3"
    >
      <Row className="g-2">
        {input('name', 6)}
        {input('role', 6)}
        {input('email', 6, { type: 'email' })}
        {input('phone', 6, { type: 'tel' })}
        {input('notes', 12, { rows: 2 })}
        <Col xs={12}>
          <Form.Check
            id={`contact-isKey-${contact?.id ?? 'new'}`}
            label="Key contact (listed on the client’s overview)"
            checked={isKey}
            onChange={(e) => setIsKey(e.target.checked)}
          />
        </Col>
      </Row>
    </InlineForm>
  );
}
