import { useState } from 'react';
import Form from 'react-bootstrap/Form';
import { errorMessage } from '../../lib/problem';
import { useDebouncedValue } from '../../lib/useDebouncedValue';
import type { AssetDetail } from './types';
import { useAsset } from './useAsset';
import { useAssets } from './useAssets';

const SEARCH_SIZE = 20;

export interface AssetSelectProps {
  orgId: string;
  /** Prefixes the control ids: `<prefix>-asset-search`, `<prefix>-asset`. */
  idPrefix: string;
  assetId: string;
  onChange: (assetId: string) => void;
  /** The empty choice ("Choose an asset", "No asset"); none once an asset is picked when null. */
  emptyLabel: string | null;
  /** An API error for the picked asset, shown under the select. */
  error?: string;
}

/**
 * A search box (server search by name, serial, model or MAC) and a select of the matching assets. The picked asset
 * stays selectable, by name, while the search changes.
 */
export function AssetSelect({ orgId, idPrefix, assetId, onChange, emptyLabel, error }: AssetSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useAssets(orgId, { q, cursor: null, limit: SEARCH_SIZE });
  const matches = results.data?.items ?? [];
  const pickedMissing = Boolean(assetId) && !matches.some((a) => a.id === assetId);
  // Only read when the search no longer lists it: its name keeps the choice readable.
  const picked = useAsset(orgId, assetId, pickedMissing);
  const selectId = `${idPrefix}-asset`;

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
          onChange={(e) => onChange(e.target.value)}
          isInvalid={Boolean(error)}
          aria-describedby={error ? `${selectId}-error` : results.isError ? `${selectId}-load-error` : undefined}
          aria-busy={results.isFetching}
        >
          {emptyLabel !== null && <option value="">{emptyLabel}</option>}
          {pickedMissing && <option value={assetId}>{picked.data?.asset.name ?? 'Selected asset'}</option>}
          {matches.map((a) => (
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

export interface InterfaceSelectProps {
  id: string;
  orgId: string;
  /** The asset whose interfaces are offered; the select is disabled until one is picked. */
  assetId: string;
  value: string;
  onChange: (interfaceId: string) => void;
  /** The empty choice while the asset has interfaces ("No interface", "Choose an interface"). */
  emptyLabel: string;
  error?: string;
  className?: string;
}

function interfaceLabel(i: AssetDetail['interfaces'][number]): string {
  return `${i.name}${i.macAddress ? ` (${i.macAddress})` : ''}${i.description ? ` – ${i.description}` : ''}`;
}

/** A select of the picked asset's interfaces (read through the asset, so an edit of the asset refreshes it). */
export function InterfaceSelect({ id, orgId, assetId, value, onChange, emptyLabel, error, className }: InterfaceSelectProps) {
  const asset = useAsset(orgId, assetId);
  const interfaces = asset.data?.interfaces ?? [];
  return (
    <Form.Group controlId={id} className={className}>
      <Form.Label>Interface</Form.Label>
      <Form.Select
        value={value}
        disabled={!assetId || asset.isPending}
        onChange={(e) => onChange(e.target.value)}
        isInvalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : asset.isError ? `${id}-load-error` : undefined}
      >
        <option value="">{assetId && asset.isSuccess && interfaces.length === 0 ? 'The asset has no interfaces' : emptyLabel}</option>
        {interfaces.map((i) => (
          <option key={i.id} value={i.id}>
            {interfaceLabel(i)}
          </option>
        ))}
      </Form.Select>
      <Form.Control.Feedback type="invalid" id={`${id}-error`}>
        {error}
      </Form.Control.Feedback>
      {asset.isError && (
        <Form.Text id={`${id}-load-error`} className="text-danger">
          Could not load the interfaces: {errorMessage(asset.error)}
        </Form.Text>
      )}
    </Form.Group>
  );
}
