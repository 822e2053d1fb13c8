import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useAssetSearch } from '../api/useAssetSearch';
import type { AssetSummary } from '../types';

export interface AssetSelectProps {
  orgId: string;
  idPrefix: string;
  assetId: string;
  onChange(assetId: string): void;
  /** An API error for the picked asset, shown under the select. */
  error?: string;
}

/** A search box (server search by name, serial, model or MAC) and a select of the matching assets. */
export function AssetSelect({ orgId, idPrefix, assetId, onChange, error }: AssetSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useAssetSearch(orgId, q);
  // The picked asset stays selectable while the search changes.
  const [picked, setPicked] = useState<AssetSummary | null>(null);
  const matches = results.data ?? [];
  const options = picked && picked.id === assetId && !matches.some((a) => a.id === assetId) ? [picked, ...matches] : matches;
  const selectId = `${idPrefix}-asset`;

  function choose(id: string) {
    setPicked(options.find((a) => a.id === id) ?? null);
    onChange(id);
  }

  return (
    <>
      <Form.Group controlId={`${idPrefix}-asset-search`} className="mb-2">
        <Form.Label>Find asset</Form.Label>
        <Form.Control type="search" placeholder="Name, serial, model or MAC" value={search} onChange={(e) => setSearch(e.target.value)} />
      </Form.Group>
      <Form.Group controlId={selectId} className="mb-3">
        <Form.Label>Asset</Form.Label>
        <Form.Select
          value={assetId}
          onChange={(e) => choose(e.target.value)}
          isInvalid={Boolean(error)}
          aria-describedby={error ? `${selectId}-error` : results.isError ? `${selectId}-load-error` : undefined}
          aria-busy={results.isFetching}
        >
          <option value="">Choose an asset</option>
          {options.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
              {a.serial ? ` (${a.serial})` : ''}
            </option>
          ))}
        </Form.Select>
        <Form.Control.Feedback type="invalid" id={`${selectId}-error`}>
          {error}
        </Form.Control.Feedback>
        {results.isError && (
          <Form.Text id={`${selectId}-load-error`} className="text-danger">
            Could not search assets: {errorMessage(results.error)}
          </Form.Text>
        )}
        {results.isSuccess && matches.length === 0 && <Form.Text>{q ? `No assets match “${q}”.` : 'This organisation has no assets yet.'}</Form.Text>}
      </Form.Group>
    </>
  );
}
