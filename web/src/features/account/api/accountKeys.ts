import type { SessionListParams } from '../types';

export const accountKeys = {
  all: ['account'] as const,
  sessions: () => [...accountKeys.all, 'sessions'] as const,
  sessionList: (params: SessionListParams) => [...accountKeys.sessions(), params] as const,
  mfa: () => [...accountKeys.all, 'mfa'] as const,
};
