import type { SecurityEventListParams, SecurityRange } from '../types';

export const securityKeys = {
  all: ['security'] as const,
  summary: (range: SecurityRange) => [...securityKeys.all, 'summary', range] as const,
  events: (params: SecurityEventListParams) => [...securityKeys.all, 'events', params] as const,
};
