import type { MfaStatus, TotpEnrolment } from './types';

export function mfaStatus(overrides: Partial<MfaStatus> = {}): MfaStatus {
  return { totpEnabled: false, enabledAt: null, enrolmentPending: false, recoveryCodesLeft: 0, required: false, etag: '"m1"', ...overrides };
}

export const enrolment: TotpEnrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/ClientStor:ann%40example.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ClientStor',
  qrPngBase64: 'iVBORw0KGgo=',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

export const recoveryCodes = Array.from({ length: 10 }, (_, i) => `ABCD-EFGH-JKLM-NP${String.fromCharCode(65 + i)}${i}`);
