import type { SessionListParams } from '../../../entities/session/types';

export const accountKeys = {
  all: ['account'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
  sessionList: (params: SessionListParams) => [...accountKeys.sessions(), params] as const,
  mfa: () => [...accountKeys.all, 'mfa'] as const,
};
