import { useId, useState } from 'react';
import Button from 'react-bootstrap/Button';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import Row from 'react-bootstrap/Row';
import { InlineForm, SelectField, TextField } from '../../../components/FormFields';
import { fieldMessage } from '../../../lib/problem';
import { parseList } from '../../../lib/text';
import { useCreateAssetType } from '../api/useCreateAssetType';
import { assetTypeFormErrors, type FieldRowError } from '../formErrors';
import { customFieldTypes, type AssetType, type AssetTypeFormField, type CreateAssetTypeBody, type CustomFieldType, type FieldRow } from '../types';

/** "CCTV camera" → "cctv-camera": the API's type key pattern. */
export function typeKeyFrom(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);
}

/** "Rack units" → "rackUnits": a field key starting with a letter, then letters, digits and '_'. */
export function fieldKeyFrom(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const key = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
  return key.replace(/^[^A-Za-z]+/, '').slice(0, 50);
}

interface RowState extends FieldRow {
  /** Once the key is edited by hand it no longer follows the label. */
  keyEdited: boolean;
}

export interface AssetTypeBuilderProps {
  orgId: string;
  onCreated: (type: AssetType) => void;
  onCancel: () => void;
}

/** Creates a custom asset type: its key and name, and the custom fields its assets carry. */
export function AssetTypeBuilder({ orgId, onCreated, onCancel }: AssetTypeBuilderProps) {
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyEdited, setKeyEdited] = useState(false);
  const [rows, setRows] = useState<RowState[]>([]);
  const rowIds = useId();
  const [nextRow, setNextRow] = useState(0);
  const create = useCreateAssetType();
  const errors = assetTypeFormErrors(create.error);
  const fieldError = (field: AssetTypeFormField) => fieldMessage(errors, field);
  const rowError = (index: number, prop: keyof FieldRowError) => errors?.rows[index]?.[prop]?.join(' ');

  function addRow() {
    setRows((r) => [...r, { rowKey: `${rowIds}-${nextRow}`, key: '', label: '', type: 'text', required: false, options: '', keyEdited: false }]);
    setNextRow((n) => n + 1);
  }

  function updateRow(rowKey: string, change: Partial<RowState>) {
    setRows((r) =>
      r.map((row) => {
        if (row.rowKey !== rowKey) return row;
        const next = { ...row, ...change };
        if (change.label !== undefined && !next.keyEdited) next.key = fieldKeyFrom(change.label);
        return next;
      }),
    );
  }

  function submit() {
    const body: CreateAssetTypeBody = {
      key: key.trim(),
      name: name.trim(),
      fields: rows.map((r) => ({
        key: r.key.trim(),
        label: r.label.trim(),
        type: r.type,
        required: r.required,
        options: r.type === 'select' ? parseList(r.options) : [],
      })),
    };
    create.mutate({ orgId, body }, { onSuccess: onCreated });
  }

  const small = { compactLabel: true, size: 'sm' as const };
  return (
    <InlineForm
      label="New asset type"
      title={<h3 className="h6">New asset type</h3>}
      errors={errors}
      pending={create.isPending}
      submitLabel="Create asset type"
      onSubmit={submit}
      onCancel={onCancel}
      compact
      className="border rounded p-3 mb-3"
    >
      <Row className="g-2 mb-3">
        <Col md={6}>
          <TextField
            id="asset-type-name"
            label="Type name"
            compactLabel
            autoFocus
            maxLength={100}
            placeholder="CCTV camera"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              if (!keyEdited) setKey(typeKeyFrom(e.target.value));
            }}
            error={fieldError('name')}
          />
        </Col>
        <Col md={6}>
          <TextField
            id="asset-type-key"
            label="Type key"
            compactLabel
            controlClassName="font-monospace"
            maxLength={64}
            spellCheck={false}
            value={key}
            onChange={(e) => {
              setKey(e.target.value);
              setKeyEdited(true);
            }}
            error={fieldError('key')}
            help="Lower-case letters, digits and hyphens; used in the API and in filters. It cannot be changed later."
          />
        </Col>
      </Row>

      <h4 className="h6">Custom fields</h4>
      {rows.length === 0 && <p className="small text-body-secondary">No custom fields: assets of this type carry only the common fields.</p>}
      {rows.map((row, i) => {
        const n = i + 1;
        const id = `asset-type-field-${n}`;
        return (
          <fieldset key={row.rowKey} className="border rounded p-2 mb-2">
            <legend className="fs-6 float-none w-auto px-1 mb-0">Field {n}</legend>
            <Row className="g-2 align-items-start">
              <Col md={3}>
                <TextField
                  {...small}
                  id={`${id}-label`}
                  label="Label"
                  maxLength={100}
                  value={row.label}
                  onChange={(e) => updateRow(row.rowKey, { label: e.target.value })}
                  error={rowError(i, 'label')}
                />
              </Col>
              <Col md={3}>
                <TextField
                  {...small}
                  id={`${id}-key`}
                  label="Key"
                  controlClassName="font-monospace"
                  maxLength={50}
                  spellCheck={false}
                  value={row.key}
                  onChange={(e) => updateRow(row.rowKey, { key: e.target.value, keyEdited: true })}
                  error={rowError(i, 'key')}
                />
              </Col>
              <Col md={2}>
                <SelectField
                  {...small}
                  id={`${id}-type`}
                  label="Input"
                  value={row.type}
                  onChange={(e) => updateRow(row.rowKey, { type: e.target.value as CustomFieldType })}
                  error={rowError(i, 'type')}
                  options={customFieldTypes}
                />
              </Col>
              <Col md={2} className="pt-md-4">
                <Form.Check
                  id={`${id}-required`}
                  label="Required"
                  checked={row.required}
                  onChange={(e) => updateRow(row.rowKey, { required: e.target.checked })}
                />
              </Col>
              <Col md={2} className="pt-md-4 text-md-end">
                <Button variant="outline-danger" size="sm" aria-label={`Remove field ${n}`} onClick={() => setRows((r) => r.filter((x) => x.rowKey !== row.rowKey))}>
                  Remove
                </Button>
              </Col>
              {row.type === 'select' && (
                <Col md={12}>
                  <TextField
                    {...small}
                    id={`${id}-options`}
                    label="Choices"
                    placeholder="indoor, outdoor"
                    value={row.options}
                    onChange={(e) => updateRow(row.rowKey, { options: e.target.value })}
                    error={rowError(i, 'options')}
                    help="Separate the choices with commas."
                  />
                </Col>
              )}
            </Row>
          </fieldset>
        );
      })}
      {fieldError('fields') && <div className="invalid-feedback d-block mb-2">{fieldError('fields')}</div>}
      <Button variant="outline-secondary" size="sm" onClick={addRow}>
        Add field
      </Button>

    </InlineForm>
  );
}
