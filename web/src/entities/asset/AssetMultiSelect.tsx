import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { errorMessage } from '../../lib/problem';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import { useAssetDetails } from './useAsset';
import { useAssets } from './useAssets';

const SEARCH_SIZE = 8;

export interface AssetMultiSelectProps {
  orgId: string;
  /** Prefixes the control ids: `<id>-search`, `<id>-error`. */
  id: string;
  label: string;
  value: readonly string[];
  onChange: (assetIds: string[]) => void;
  /** The API's error for the field. */
  error?: string;
}

function CrossIcon() {
  return (
    <svg width="12" height="12" viewBox="0 0 12 12" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" aria-hidden="true" focusable="false">
      <path d="M3 3l6 6M9 3l-6 6" />
    </svg>
  );
}

/**
 * Several assets of the organisation: the picked ones as removable chips, and a type-ahead search (name, serial,
 * model or MAC, on the server) whose matches are ticked on and off.
 */
export function AssetMultiSelect({ orgId, id, label, value, onChange, error }: AssetMultiSelectProps) {
  const [search, setSearch] = useState('');
  const [names, setNames] = useState<Record<string, string>>({});
  const q = useDebouncedValue(search.trim(), 300);
  const results = useAssets(orgId, { q, cursor: null, limit: SEARCH_SIZE });
  const matches = results.data?.items ?? [];
  // Picked before this form opened (an edited credential's assets): their names are read once.
  const unnamed = value.filter((assetId) => !names[assetId] && !matches.some((a) => a.id === assetId));
  const details = useAssetDetails(orgId, unnamed, unnamed.length > 0);
  const nameOf = (assetId: string) => names[assetId] ?? matches.find((a) => a.id === assetId)?.name ?? details.get(assetId)?.asset.name ?? 'Asset';
  const hint = results.isError
    ? `Could not search assets: ${errorMessage(results.error)}`
    : results.isSuccess && matches.length === 0
      ? q
        ? `No assets match “${q}”.`
        : 'This organisation has no assets yet.'
      : results.data?.nextCursor
        ? `Showing the first ${matches.length}: type to find others.`
        : undefined;

  function toggle(assetId: string, name: string, on: boolean) {
    setNames((n) => ({ ...n, [assetId]: name }));
    onChange(on ? [...value.filter((v) => v !== assetId), assetId] : value.filter((v) => v !== assetId));
  }

  return (
    <fieldset className="mb-3" aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="fs-6 mb-2">{label}</legend>
      {value.length === 0 ? (
        <p className="small text-body-secondary mb-2">Not linked to any asset.</p>
      ) : (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2" aria-label={`${label}: linked`}>
          {value.map((assetId) => (
            <li key={assetId}>
              <span className="badge rounded-pill bg-body-tertiary text-body border d-inline-flex align-items-center gap-1 fw-normal fs-6 ps-3 pe-1 py-1">
                {nameOf(assetId)}
                <Button variant="link" size="sm" className="p-1 lh-1 text-body" aria-label={`Unlink ${nameOf(assetId)}`} onClick={() => toggle(assetId, nameOf(assetId), false)}>
                  <CrossIcon />
                </Button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <Form.Group controlId={`${id}-search`} className="mb-2">
        <Form.Label className="small mb-1">Find an asset to link</Form.Label>
        <Form.Control
          type="search"
          size="sm"
          placeholder="Name, serial, model or MAC"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          autoComplete="off"
          aria-describedby={hint ? `${id}-hint` : undefined}
          isInvalid={Boolean(error)}
        />
        <Form.Control.Feedback type="invalid" id={`${id}-error`}>
          {error}
        </Form.Control.Feedback>
      </Form.Group>
      {matches.length > 0 && (
        <div className="border rounded px-2 py-1" role="group" aria-label="Matching assets" aria-busy={results.isFetching}>
          {matches.map((a) => (
            <Form.Check
              key={a.id}
              type="checkbox"
              id={`${id}-${a.id}`}
              checked={value.includes(a.id)}
              onChange={(e) => toggle(a.id, a.name, e.target.checked)}
              label={
                <>
                  {a.name}
                  {a.serial && <span className="text-body-secondary small ms-2">{a.serial}</span>}
                </>
              }
            />
          ))}
        </div>
      )}
      {hint && (
        <Form.Text id={`${id}-hint`} className={results.isError ? 'text-danger' : undefined} muted={!results.isError}>
          {hint}
        </Form.Text>
      )}
    </fieldset>
  );
}
