import { TextField } from '../../components/FormFields';

/** The platform's window when a role sets none (Auth:ReauthWindow on the server). */
export const DEFAULT_REAUTH_MINUTES = 5;

/** A role's re-authentication window as the form holds it: '' for the platform's default. */
export function reauthWindowText(minutes: number | null | undefined): string {
  return minutes == null ? '' : String(minutes);
}

/**
 * What a role form sends for the window it shows: nothing when unchanged, `clearReauthWindow` when emptied (back to the
 * default), else the number (the API checks 1–30 and answers a field error).
 */
export function reauthWindowChange(before: number | null | undefined, text: string): { reauthWindowMinutes?: number; clearReauthWindow?: boolean } {
  const value = text.trim();
  if (value === reauthWindowText(before)) return {};
  return value === '' ? { clearReauthWindow: true } : { reauthWindowMinutes: Number(value) };
}

export interface ReauthWindowFieldProps {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly?: boolean;
}

/** Minutes a password confirmation lasts for the role's holders, 1 to 30, empty for the default; with what it means. */
export function ReauthWindowField({ id, value, onChange, error, readOnly }: ReauthWindowFieldProps) {
  return (
    <TextField
      id={id}
      className="mb-3"
      label="Re-authentication window (minutes)"
      type="number"
      inputMode="numeric"
      min={1}
      max={30}
      placeholder={`${DEFAULT_REAUTH_MINUTES} (platform default)`}
      style={{ maxWidth: '14rem' }}
      readOnly={readOnly}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
      help={
        <>
          How long a confirmed password lasts before revealing a password or another sensitive action asks again: 1 to 30 minutes, empty for
          the default of {DEFAULT_REAUTH_MINUTES}. Someone holding several roles in an organisation (directly or through teams) gets the
          shortest window among them. It is shared by all their browser tabs.
        </>
      }
    />
  );
}
