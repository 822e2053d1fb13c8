import type { LocationKind } from '../../../api/types';
import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { StaleAlert } from '../../../components/ErrorAlert';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import { fieldMessage, formErrorsOf, hasStatus } from '../../../lib/problem';
import { useSaveLocation } from '../api/useSaveLocation';
import { locationFormFields, type Location, type LocationFormField, type CreateLocationBody, type UpdateLocationBody } from '../types';

export interface LocationFormProps {
  orgId: string;
  /** Absent to create a location. */
  location?: Location;
  /** The sites a closet can belong to. */
  sites: readonly Location[];
  onSaved: (location: Location) => void;
  onCancel: () => void;
}

/** Creates a site or a closet under a site, or edits one (the kind is fixed once created). */
export function LocationForm({ orgId, location, sites, onSaved, onCancel }: LocationFormProps) {
  const [name, setName] = useState(location?.name ?? '');
  const [kind, setKind] = useState<LocationKind>((location?.kind as LocationKind | undefined) ?? 'site');
  const [parentId, setParentId] = useState(location?.parentId ?? '');
  const [address, setAddress] = useState(location?.address ?? '');
  const [notes, setNotes] = useState(location?.notes ?? '');
  const save = useSaveLocation();
  const errors = formErrorsOf(save.error, locationFormFields);
  const fieldError = (field: LocationFormField) => fieldMessage(errors, field);
  const title = location ? `Edit ${location.name}` : 'New location';

  function submit() {
    if (location) {
      const body: UpdateLocationBody = {};
      if (name.trim() !== location.name) body.name = name.trim();
      if (address.trim() !== (location.address ?? '')) body.address = address.trim();
      if (notes.trim() !== (location.notes ?? '')) body.notes = notes.trim();
      if (location.kind === 'closet' && parentId && parentId !== location.parentId) body.parentId = parentId;
      if (Object.keys(body).length === 0) {
        onCancel();
        return;
      }
      save.mutate({ orgId, locationId: location.id, etag: location.etag, body }, { onSuccess: onSaved });
      return;
    }
    const body: CreateLocationBody = { name: name.trim(), kind };
    if (kind === 'closet' && parentId) body.parentId = parentId;
    if (address.trim()) body.address = address.trim();
    if (notes.trim()) body.notes = notes.trim();
    save.mutate({ orgId, body }, { onSuccess: onSaved });
  }

  return (
    <InlineForm
      label={title}
      title={<h3 className="h6">{title}</h3>}
      errors={errors}
      alert={
        hasStatus(save.error, 412) ? (
          <StaleAlert message="This location was changed by someone else since you opened it, so your changes were not saved. Reload closes this form; the list then shows their version to edit again." onReload={onCancel} />
        ) : undefined
      }
      pending={save.isPending}
      submitLabel={location ? 'Save location' : 'Create location'}
      onSubmit={submit}
      onCancel={onCancel}
      compact
      className="border rounded p-3 mb-3"
    >
      <Row className="g-2">
        <Col md={4}>
          <TextField id="location-name" label="Location name" compactLabel autoFocus maxLength={200} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
        </Col>
        <Col md={4}>
          <SelectField id="location-kind" label="Kind" compactLabel value={kind} disabled={Boolean(location)} onChange={(e) => setKind(e.target.value as LocationKind)} error={fieldError('kind')}>
            <option value="site">Site</option>
            <option value="closet">Network closet (in a site)</option>
          </SelectField>
        </Col>
        {kind === 'closet' && (
          <Col md={4}>
            <SelectField
              id="location-parent"
              label="Site"
              compactLabel
              value={parentId}
              onChange={(e) => setParentId(e.target.value)}
              error={fieldError('parentId')}
              options={sites.map((site) => ({ value: site.id, label: site.name }))}
            >
              <option value="">Choose the site…</option>
            </SelectField>
          </Col>
        )}
        <Col md={6}>
          <TextField id="location-address" label="Address" compactLabel rows={2} maxLength={1000} value={address} onChange={(e) => setAddress(e.target.value)} error={fieldError('address')} />
        </Col>
        <Col md={6}>
          <TextField id="location-notes" label="Notes" compactLabel rows={2} value={notes} onChange={(e) => setNotes(e.target.value)} error={fieldError('notes')} />
        </Col>
      </Row>
    </InlineForm>
  );
}
