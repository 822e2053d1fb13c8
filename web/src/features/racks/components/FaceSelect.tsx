import { SelectField } from '../../../components/FormFields';
import { faceLabels } from '../elevation';
import type { Face } from '../types';

/** The rack face a device or patch panel is mounted on. */
export function FaceSelect({ id, value, onChange, error }: { id: string; value: Face; onChange: (face: Face) => void; error?: string }) {
  return (
    <SelectField
      id={id}
      label="Face"
      value={value}
      onChange={(e) => onChange(e.target.value as Face)}
      error={error}
      options={(['front', 'rear'] as const).map((f) => ({ value: f, label: faceLabels[f] }))}
    />
  );
}
