import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import Spinner from 'react-bootstrap/Spinner';
import { useAssets } from '../../../entities/asset/useAssets';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import type { Asset } from '../types';

const PICKER_SIZE = 10;

export interface AssetPickerProps {
  orgId: string;
  /** The asset being edited: it cannot be picked. */
  excludeId?: string;
  value: Asset | null;
  onChange: (asset: Asset | null) => void;
  /** Shown under the search box (e.g. an API error for the picked asset). */
  error?: string;
}

/** Finds an asset of the organisation by name, serial, model or MAC (server search) and picks one with a radio button. */
export function AssetPicker({ orgId, excludeId, value, onChange, error }: AssetPickerProps) {
  const [input, setInput] = useState('');
  const q = useDebouncedValue(input.trim(), 300);
  const results = useAssets(orgId, { q, cursor: null, limit: PICKER_SIZE }, q.length > 0);
  const matches = (results.data?.items ?? []).filter((a) => a.id !== excludeId);
  // The picked asset stays listed (and checked) while the search changes.
  const options = value && !matches.some((a) => a.id === value.id) ? [value, ...matches] : matches;

  return (
    <div>
      <Form.Group controlId="asset-picker-search" className="mb-2">
        <Form.Label className="small mb-1">Find the other asset</Form.Label>
        <Form.Control
          type="search"
          size="sm"
          placeholder="Name, serial, model or MAC"
          value={input}
          onChange={(e) => setInput(e.target.value)}
          isInvalid={Boolean(error)}
          aria-describedby={error ? 'asset-picker-error' : undefined}
        />
        <Form.Control.Feedback type="invalid" id="asset-picker-error">
          {error}
        </Form.Control.Feedback>
      </Form.Group>
      {q && results.isFetching && !results.data && (
        <Spinner animation="border" size="sm" role="status">
          <span className="visually-hidden">Searching assets…</span>
        </Spinner>
      )}
      {q && results.isError && <div className="text-danger small">{errorMessage(results.error)}</div>}
      {options.length > 0 ? (
        <fieldset>
          <legend className="small mb-1 fs-6">Matching assets</legend>
          {options.map((a) => (
            <Form.Check
              key={a.id}
              type="radio"
              name="asset-picker"
              id={`asset-picker-${a.id}`}
              checked={value?.id === a.id}
              onChange={() => onChange(a)}
              label={
                <>
                  {a.name}
                  {a.serial && <span className="text-body-secondary small ms-2">{a.serial}</span>}
                </>
              }
            />
          ))}
        </fieldset>
      ) : (
        q && results.isSuccess && <p className="small text-body-secondary mb-0">No other asset matches “{q}”.</p>
      )}
    </div>
  );
}
