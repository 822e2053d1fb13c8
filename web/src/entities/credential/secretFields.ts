/** Secret field names as the API stores them: `password`, `otpSeed` and `custom:<name>`. */
export const PASSWORD = 'password';
export const OTP_SEED = 'otpSeed';
export const CUSTOM_PREFIX = 'custom:';

export function isCustomField(field: string): boolean {
  return field.startsWith(CUSTOM_PREFIX);
}

/** What a person calls the field: "Password", "TOTP seed" or the custom secret's own name. */
export function secretLabel(field: string): string {
  if (field === PASSWORD) return 'Password';
  if (field === OTP_SEED) return 'TOTP seed';
  return isCustomField(field) ? field.slice(CUSTOM_PREFIX.length) : field;
}

/** The field inside a sentence or button name: "password", "TOTP seed", or the custom name. */
export function secretNoun(field: string): string {
  return field === PASSWORD ? 'password' : secretLabel(field);
}

/** The field after "reveal" or "copy" in the re-auth prompt: "this password", "this TOTP seed", "this secret". */
export function secretReasonObject(field: string): string {
  if (field === PASSWORD) return 'this password';
  if (field === OTP_SEED) return 'this TOTP seed';
  return 'this secret';
}

export interface SecretSummary {
  password: boolean;
  totp: boolean;
  custom: number;
}

export function summariseSecrets(fields: readonly string[]): SecretSummary {
  return { password: fields.includes(PASSWORD), totp: fields.includes(OTP_SEED), custom: fields.filter(isCustomField).length };
}

/** Password first, then the TOTP seed, then custom secrets by name. */
export function orderSecretFields(fields: readonly string[]): string[] {
  const rank = (f: string) => (f === PASSWORD ? 0 : f === OTP_SEED ? 1 : 2);
  return [...fields].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

