import type { MfaStatus, Session, TotpEnrolment } from './types';

export function session(n: number, overrides: Partial<Session> = {}): Session {
  return {
    id: `0190f0a0-0000-7000-8000-0000000005${String(n).padStart(2, '0')}`,
    createdAt: '2026-03-01T10:15:00Z',
    lastSeenAt: '2026-03-02T08:00:00Z',
    expiresAt: '2026-04-01T10:15:00Z',
    ip: `10.0.0.${n}`,
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36',
    current: false,
    ...overrides,
  };
}

export function mfaStatus(overrides: Partial<MfaStatus> = {}): MfaStatus {
  return { totpEnabled: false, enabledAt: null, enrolmentPending: false, recoveryCodesLeft: 0, required: false, ...overrides };
}

export const enrolment: TotpEnrolment = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP',
  otpauthUri: 'otpauth://totp/ClientStor:ann%40example.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=ClientStor',
  qrPngBase64: 'iVBORw0KGgo=',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
};

export const recoveryCodes = Array.from({ length: 10 }, (_, i) => `ABCD-EFGH-JKLM-NP${String.fromCharCode(65 + i)}${i}`);
