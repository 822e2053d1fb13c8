import { useState } from 'react';
import Button from 'react-bootstrap/Button';
import Form from 'react-bootstrap/Form';
import { optionalColumns, type OptionalColumn } from '../columns';

export interface ColumnChooserProps {
  shows: (column: OptionalColumn) => boolean;
  onToggle: (column: OptionalColumn, shown: boolean) => void;
  onReset: () => void;
}

/** A disclosure with one checkbox per optional column of the asset table. */
export function ColumnChooser({ shows, onToggle, onReset }: ColumnChooserProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="mb-2">
      <Button variant="outline-secondary" size="sm" aria-expanded={open} aria-controls="asset-columns" onClick={() => setOpen((o) => !o)}>
        Columns
      </Button>
      {open && (
        <fieldset id="asset-columns" className="border rounded p-2 mt-2">
          <legend className="fs-6 mb-1 float-none w-auto px-1">Show columns</legend>
          <div className="d-flex flex-wrap gap-3 align-items-center">
            {optionalColumns.map((c) => (
              <Form.Check
                key={c.id}
                id={`asset-column-${c.id}`}
                label={c.label}
                checked={shows(c.id)}
                onChange={(e) => onToggle(c.id, e.target.checked)}
              />
            ))}
            <Button variant="link" size="sm" className="p-0" onClick={onReset}>
              Reset to default
            </Button>
          </div>
        </fieldset>
      )}
    </div>
  );
}
