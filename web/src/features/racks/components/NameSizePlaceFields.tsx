import type { ReactNode } from 'react';
import Col from 'react-bootstrap/Col';
import Row from 'react-bootstrap/Row';
import { TextField } from '../../../components/FormFields';

interface Binding {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

/** A field's id, label, state (as `useState` gives it) and API error, as NameSizePlaceFields takes them. */
export function binding(id: string, label: string, [value, onChange]: [string, (value: string) => void], error: string | undefined): Binding {
  return { id, label, value, onChange, error };
}

export interface NameSizePlaceFieldsProps {
  name: Binding;
  /** Units or ports, a whole number in `min`–`max`. */
  size: Binding & { min: number; max: number };
  /** Where it sits: a location select, a rack picker. */
  place: ReactNode;
  /** More fields after these, in the same row. */
  children?: ReactNode;
}

/** What the racks module's create forms ask first: what the thing is called, how big it is, and where it is. */
export function NameSizePlaceFields({ name, size, place, children }: NameSizePlaceFieldsProps) {
  const { min, max, ...sizeField } = size;
  return (
    <Row className="g-3">
      <Col md={5}>
        <TextField {...name} autoFocus maxLength={200} onChange={(e) => name.onChange(e.target.value)} />
      </Col>
      <Col md={2}>
        <TextField {...sizeField} type="number" min={min} max={max} onChange={(e) => size.onChange(e.target.value)} />
      </Col>
      <Col md={5}>
        {place}
      </Col>
      {children}
    </Row>
  );
}
