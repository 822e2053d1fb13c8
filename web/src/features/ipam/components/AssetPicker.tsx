import { useState } from 'react';
import Col from 'react-bootstrap/Col';
import Form from 'react-bootstrap/Form';
import { errorMessage } from '../../../lib/problem';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useAsset } from '../api/useAsset';
import { useAssetSearch } from '../api/useAssetSearch';

export interface AssetPickerProps {
  orgId: string;
  idPrefix: string;
  assetId: string;
  interfaceId: string;
  allowNone: boolean;
  assetError?: string;
  interfaceError?: string;
  onAssetChange(assetId: string): void;
  onInterfaceChange(interfaceId: string): void;
}

/** Search box and select for the asset an address belongs to, then a select of that asset's interfaces. */
export function AssetPicker({ orgId, idPrefix, assetId, interfaceId, allowNone, assetError, interfaceError, onAssetChange, onInterfaceChange }: AssetPickerProps) {
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 300);
  const results = useAssetSearch(orgId, q, true);
  const selected = useAsset(orgId, assetId);
  const options = results.data ?? [];
  const selectedMissing = Boolean(assetId) && !options.some((a) => a.id === assetId);
  const interfaces = selected.data?.interfaces ?? [];
  const id = (field: string) => `${idPrefix}-${field}`;

  return (
    <>
      <Col md={6}>
        <Form.Group controlId={id('asset-search')} className="mb-2">
          <Form.Label>Find asset</Form.Label>
          <Form.Control type="search" placeholder="Name, serial, model or MAC" value={search} onChange={(e) => setSearch(e.target.value)} />
        </Form.Group>
        <Form.Group controlId={id('asset')}>
          <Form.Label>Asset</Form.Label>
          <Form.Select
            value={assetId}
            onChange={(e) => onAssetChange(e.target.value)}
            isInvalid={Boolean(assetError)}
            aria-describedby={assetError ? `${id('asset')}-error` : results.isError ? `${id('asset')}-load-error` : undefined}
            aria-busy={results.isFetching}
          >
            {(allowNone || !assetId) && <option value="">No asset</option>}
            {selectedMissing && <option value={assetId}>{selected.data?.asset.name ?? 'Selected asset'}</option>}
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
                {a.serial ? ` (${a.serial})` : ''}
              </option>
            ))}
          </Form.Select>
          <Form.Control.Feedback type="invalid" id={`${id('asset')}-error`}>
            {assetError}
          </Form.Control.Feedback>
          {results.isError && (
            <Form.Text id={`${id('asset')}-load-error`} className="text-danger">
              Could not search assets: {errorMessage(results.error)}
            </Form.Text>
          )}
          {results.isSuccess && options.length === 0 && q && <Form.Text>No assets match “{q}”.</Form.Text>}
        </Form.Group>
      </Col>
      <Col md={6} className="d-flex flex-column justify-content-end">
        <Form.Group controlId={id('interface')}>
          <Form.Label>Interface</Form.Label>
          <Form.Select
            value={interfaceId}
            disabled={!assetId || selected.isPending}
            onChange={(e) => onInterfaceChange(e.target.value)}
            isInvalid={Boolean(interfaceError)}
            aria-describedby={interfaceError ? `${id('interface')}-error` : undefined}
          >
            <option value="">{assetId && interfaces.length === 0 && selected.isSuccess ? 'The asset has no interfaces' : 'No interface'}</option>
            {interfaces.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
                {i.macAddress ? ` (${i.macAddress})` : ''}
              </option>
            ))}
          </Form.Select>
          <Form.Control.Feedback type="invalid" id={`${id('interface')}-error`}>
            {interfaceError}
          </Form.Control.Feedback>
        </Form.Group>
      </Col>
    </>
  );
}
